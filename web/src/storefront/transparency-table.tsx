import type { paths } from '../api/client';
import { formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import './transparency-texts';

export type Report = paths['/api/transparency/takedowns']['get']['responses'][200]['content']['application/json'];
type Kind = keyof Report['notices_by_kind'];
const KINDS: Kind[] = ['counterfeit', 'trademark', 'copyright', 'design'];
const COUNTS = ['listings_removed', 'counter_notices', 'notices_upheld', 'reinstatements', 'notices_withdrawn', 'merchants_suspended'] as const;

function Row({ metric, label, value, help, sub }: { metric: string; label: string; value: string; help: string; sub?: boolean }) {
  return (
    <tr data-metric={metric} className={sub ? 'tr-sub' : undefined}>
      <th scope="row">{label}</th>
      <td className="tr-value">{value}</td>
      <td className="muted">{help}</td>
    </tr>
  );
}

/** The report's figures as a table: each figure, its value and what it means. */
export function ReportTable({ report, caption }: { report: Report; caption: string }) {
  const { t, locale } = useTexts('transparency');
  const n = (x: number) => formatNumber(x, locale);
  const median = report.median_hours_to_action;
  return (
    <div className="table-wrap">
      <table className="tr-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_figure')}</th>
            <th scope="col">{t('col_value')}</th>
            <th scope="col">{t('col_meaning')}</th>
          </tr>
        </thead>
        <tbody>
          <Row metric="notices_received" label={t('notices_received')} value={n(report.notices_received)} help={t('notices_received_help')} />
          {KINDS.map((k) => (
            <Row
              key={k}
              sub
              metric={`notices_${k}`}
              label={t('by_kind', { kind: t(`kind_${k}`) })}
              value={n(report.notices_by_kind[k])}
              help={t(`kind_${k}_help`)}
            />
          ))}
          <Row
            metric="median_hours_to_action"
            label={t('median_hours_to_action')}
            value={median === null ? t('no_notices') : t('hours', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(median) })}
            help={t('median_hours_to_action_help')}
          />
          {COUNTS.map((m) => (
            <Row key={m} metric={m} label={t(m)} value={n(report[m])} help={t(`${m}_help`)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
