import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../api/client';
import { useTexts } from './i18n';
import { useSession } from './session';
import './texts';

/** A problem from the API (or any error) as a message people can read, announced to screen readers. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTexts('common');
  if (!error) return null;
  const detail = error instanceof ApiError ? (error.problem.detail ?? error.problem.code) : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="notice notice-error">
      {t('error', { detail })}
      {onRetry && (
        <button type="button" className="link" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTexts('common');
  return (
    <p role="status" aria-live="polite" className="muted">
      {t('loading')}
    </p>
  );
}

/** Email and password sign-in; calls onDone after a successful sign-in. */
export function SignInForm({ onDone, hint }: { onDone?: () => void; hint?: ReactNode }) {
  const { t } = useTexts('common');
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      onDone?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack narrow" onSubmit={submit} aria-label={t('sign_in')}>
      <h2>{t('sign_in')}</h2>
      {hint}
      <label>
        {t('email')}
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        {t('password')}
        <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <ErrorNotice error={error} />
      <button type="submit" disabled={busy}>
        {t('sign_in')}
      </button>
    </form>
  );
}

export type Role = 'consumer' | 'store_staff' | 'merchant' | 'brand_owner' | 'operator';

/** Shows children to the given roles; others get a sign-in form. */
export function RequireRole({ roles, who, children }: { roles: Role[]; who: string; children: ReactNode }) {
  const { t } = useTexts('common');
  const { me, loading } = useSession();
  if (loading) return <Loading />;
  if (!me || !roles.includes(me.role as Role)) {
    return (
      <section className="stack">
        {me && <p className="notice">{t('not_allowed', { who })}</p>}
        <SignInForm />
      </section>
    );
  }
  return <>{children}</>;
}

/** A labelled figure for dashboards. */
export function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="stat">
      <div className="stat-value">{value}</div>
      <div className="stat-label">{label}</div>
    </div>
  );
}
