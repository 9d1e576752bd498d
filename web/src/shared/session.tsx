import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, tokenStore, unwrap } from '../api/client';

export type Me = Awaited<ReturnType<typeof fetchMe>>;

async function fetchMe() {
  return unwrap(await api.GET('/api/me'));
}

interface Session {
  me: Me | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in (from the saved token), with sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Session['me']>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    if (!tokenStore.get()) {
      setLoading(false);
      return;
    }
    fetchMe()
      .then(setMe, () => tokenStore.set(null))
      .finally(() => setLoading(false));
  }, []);
  const signIn = useCallback(async (email: string, password: string) => {
    const r = unwrap(await api.POST('/api/auth/login', { body: { email, password } }));
    tokenStore.set(r.token);
    setMe(await fetchMe());
  }, []);
  const signOut = useCallback(async () => {
    await api.POST('/api/auth/logout').catch(() => undefined);
    tokenStore.set(null);
    setMe(null);
  }, []);
  const value = useMemo(() => ({ me, loading, signIn, signOut }), [me, loading, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
