import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNotice, Loading } from '../../shared/components';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useScope } from '../scope';
import { activeRegistrations, allNotices, type NoticeItem, titlesOf } from './notices-data';
import { NoticeDetail } from './notices-detail';
import { FileNotice } from './notices-file';
import { NoticeTable } from './notices-parts';
import { ModeratedListings, StrikesPanel } from './notices-strikes';
import './notices-texts';

/**
 * Notice and takedown in the merchant portal, for both sides: a brand owner files notices against
 * listings that infringe its registered brand and follows or withdraws them; a merchant whose
 * listing came down reads why, answers with a counter-notice, and sees its strikes (and appeals a
 * suspension). Operators decide in the console; here they read the chosen merchant's notices.
 */
export default function Notices() {
  const { t } = useTexts('merchant');
  const { role, merchantId } = useScope();
  const titleId = useId();
  const [tick, setTick] = useState(0);
  const changed = () => setTick((n) => n + 1);
  const regs = useLoad(async () => (role === 'operator' ? [] : activeRegistrations()), [role, merchantId]);
  const notices = useLoad(async () => {
    const all = await allNotices();
    // Operators get every notice: keep the chosen merchant's.
    const mine = (n: NoticeItem, side: 'filed' | 'received') => (side === 'filed' ? n.notifier_merchant_id : n.listing_merchant_id) === merchantId;
    const filed = all.filter((n) => mine(n, 'filed'));
    const received = all.filter((n) => mine(n, 'received'));
    const products = await titlesOf([...filed, ...received].map((n) => n.product_id));
    return { filed, received, products };
  }, [merchantId, tick]);

  if (!merchantId) return <Loading />;
  const hasRegs = (regs.data?.length ?? 0) > 0;
  const filed = notices.data?.filed ?? [];
  const showFiled = hasRegs || filed.length > 0 || role === 'brand_owner';
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('tk_title')}</h1>
      <p className="muted">{t('tk_intro')}</p>
      {role === 'operator' && <p className="notice">{t('tk_operator_hint')}</p>}
      <ErrorNotice error={regs.error} onRetry={regs.reload} />
      {hasRegs && <FileNotice registrations={regs.data!} onFiled={changed} />}
      {role === 'brand_owner' && regs.data && !hasRegs && (
        <p className="notice">
          {t('tk_no_registration')} <Link to="/merchant/brand">{t('tk_to_registry')}</Link>
        </p>
      )}
      <ErrorNotice error={notices.error} onRetry={notices.reload} />
      {!notices.data && notices.loading && <Loading />}
      {notices.data && showFiled && <NoticeList side="filed" items={filed} products={notices.data.products} canAct={role !== 'operator'} onChanged={changed} />}
      {notices.data && (
        <NoticeList side="received" items={notices.data.received} products={notices.data.products} canAct={role === 'merchant'} onChanged={changed} />
      )}
      {role !== 'brand_owner' && <StrikesPanel merchantId={merchantId} canAppeal={role === 'merchant'} />}
      {role !== 'brand_owner' && <ModeratedListings merchantId={merchantId} reloadKey={tick} />}
    </section>
  );
}

function NoticeList({
  side,
  items,
  products,
  canAct,
  onChanged,
}: {
  side: 'filed' | 'received';
  items: NoticeItem[];
  products: Awaited<ReturnType<typeof titlesOf>>;
  canAct: boolean;
  onChanged: () => void;
}) {
  const { t } = useTexts('merchant');
  const titleId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const title = t(side === 'filed' ? 'tk_filed_title' : 'tk_received_title');
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(side === 'filed' ? 'tk_filed_none' : 'tk_received_none')}</p>
      ) : (
        <NoticeTable items={items} products={products} caption={title} open={open} onOpen={(id) => setOpen(open === id ? null : id)} />
      )}
      {open && items.some((n) => n.id === open) && <NoticeDetail key={open} id={open} side={side} canAct={canAct} onChanged={onChanged} />}
    </section>
  );
}
