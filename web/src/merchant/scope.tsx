import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import './texts';

const KEY = 'meridian.merchant.scope';

export interface Scope {
  /** The merchant whose catalogue, stock and orders the pages show (operators pick one). */
  merchantId: string | null;
  role: 'merchant' | 'brand_owner' | 'operator';
  /** Merchant staff and operators change products; brand owners read them. */
  canEditCatalog: boolean;
  /** The stock API is for merchant staff, store staff and operators. */
  canStock: boolean;
  /** Moving shipments: merchant staff and operators. */
  canFulfil: boolean;
}

const ScopeContext = createContext<Scope | null>(null);

export function useScope(): Scope {
  const s = useContext(ScopeContext);
  if (!s) throw new Error('useScope outside the merchant portal');
  return s;
}

/** The signed-in account's merchant; an operator picks one (remembered in this browser). */
export function ScopeProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const role = (me?.role ?? 'merchant') as Scope['role'];
  const [picked, setPicked] = useState<string | null>(() => localStorage.getItem(KEY));
  const merchantId = role === 'operator' ? picked : (me?.merchant_id ?? null);
  const writer = role === 'merchant' || role === 'operator';
  const value = useMemo<Scope>(() => ({ merchantId, role, canEditCatalog: writer, canStock: writer, canFulfil: writer }), [merchantId, role, writer]);
  return (
    <ScopeContext.Provider value={value}>
      {role === 'operator' && (
        <MerchantPicker
          value={picked}
          onChange={(id) => {
            localStorage.setItem(KEY, id);
            setPicked(id);
          }}
        />
      )}
      {children}
    </ScopeContext.Provider>
  );
}

function MerchantPicker({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const { t } = useTexts('merchant');
  const [merchants, setMerchants] = useState<Array<{ id: string; display_name: string; status: string }>>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    (async () => {
      const out: Array<{ id: string; display_name: string; status: string }> = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page = unwrap(await api.GET('/api/merchants', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
        out.push(...page.items.map((m) => ({ id: m.id, display_name: m.display_name, status: m.status })));
        if (!page.next_cursor) break;
        cursor = page.next_cursor;
      }
      setMerchants(out.sort((a, b) => a.display_name.localeCompare(b.display_name)));
      if (!value && out[0]) onChange(out[0].id);
    })().catch(setError);
    // Loaded once; the choice is kept by the provider.
  }, []);
  return (
    <div className="card row no-print">
      <label className="inline">
        <span>{t('operator_merchant')}</span>
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
          {merchants.map((m) => (
            <option key={m.id} value={m.id}>
              {m.display_name} ({t(`merchant_status_${m.status}`, { defaultValue: m.status })})
            </option>
          ))}
        </select>
      </label>
      <span className="muted small">{t('operator_merchant_hint')}</span>
      <ErrorNotice error={error} />
    </div>
  );
}
