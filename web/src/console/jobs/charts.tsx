import { type ReactNode, useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import type { Breakdown, QuarterPoint } from './data';
import { quarterParts } from './quarters';
import './texts';

// Dark enough that the legend's coloured labels keep their contrast on white.
const ACTUAL = '#0a6e4f';
const TARGET = '#0b3d5c';
const ESTIMATE = '#8a4b08';

/**
 * A chart with a heading that names it (the figure and the chart's SVG take that name), a short
 * description, and the same figures as a table for people who cannot see the chart.
 */
export function ChartFigure({
  title,
  desc,
  chart,
  children,
  level = 2,
  height = 280,
}: {
  title: string;
  desc: string;
  chart: (title: string, desc: string) => ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  height?: number;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <figure className="card stack" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ margin: 0, minWidth: 0 }}>
      <Heading id={`${id}-title`} style={{ margin: 0 }}>
        {title}
      </Heading>
      <p id={`${id}-desc`} className="muted small" style={{ margin: 0 }}>
        {desc}
      </p>
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {chart(title, desc)}
        </ResponsiveContainer>
      </div>
      <div className="table-wrap">{children}</div>
    </figure>
  );
}

/** '2026-Q3' → '2026 Q3' / '2026年第3季度'. */
export function useQuarterLabel() {
  const { t } = useTexts('jobs');
  return (quarter: string) => t('quarter_option', quarterParts(quarter));
}

/** Cumulative reported new hires per quarter against the straight path to the target, with the jobs-supported estimate as its own series. */
export function JobsLineChart({ quarters, target, level = 2 }: { quarters: QuarterPoint[]; target: number; level?: 2 | 3 }) {
  const { t, locale } = useTexts('jobs');
  const label = useQuarterLabel();
  const num = (n: number | null) => (n === null ? t('not_estimable') : formatNumber(n, locale));
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const data = quarters.map((q) => ({ ...q, label: label(q.quarter) }));
  return (
    <ChartFigure
      level={level}
      title={t('chart_jobs_title')}
      desc={t('chart_jobs_desc', { target: formatNumber(target, locale) })}
      chart={(title, desc) => (
        <LineChart data={data} title={title} desc={desc} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(v: number) => compact.format(v)} width={64} />
          <Tooltip formatter={(v, name) => [formatNumber(Number(v), locale), name]} />
          <Legend />
          <Line type="linear" dataKey="cumulative_new_hires" name={t('series_cumulative_hires')} stroke={ACTUAL} strokeWidth={2} isAnimationActive={false} />
          <Line
            type="linear"
            dataKey="target_path_jobs"
            name={t('series_target_path')}
            stroke={TARGET}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="jobs_supported"
            name={t('series_jobs_supported')}
            stroke={ESTIMATE}
            strokeDasharray="2 3"
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      )}
    >
      <table data-testid="jobs-by-quarter">
        <caption className="sr-only">{t('chart_jobs_title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_quarter')}</th>
            <th scope="col">{t('col_new_hires_quarter')}</th>
            <th scope="col">{t('series_cumulative_hires')}</th>
            <th scope="col">{t('series_target_path')}</th>
            <th scope="col">{t('series_jobs_supported')}</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.quarter} data-quarter={q.quarter}>
              <th scope="row">{label(q.quarter)}</th>
              <td>{num(q.reported_new_hires)}</td>
              <td>{num(q.cumulative_new_hires)}</td>
              <td>{num(q.target_path_jobs)}</td>
              <td>{num(q.jobs_supported)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

/** Small businesses active since the start, per quarter, against the straight path to the target. */
export function BusinessesLineChart({ quarters, target, level = 2 }: { quarters: QuarterPoint[]; target: number; level?: 2 | 3 }) {
  const { t, locale } = useTexts('jobs');
  const label = useQuarterLabel();
  const num = (n: number) => formatNumber(n, locale);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const data = quarters.map((q) => ({ ...q, label: label(q.quarter) }));
  return (
    <ChartFigure
      level={level}
      title={t('chart_businesses_title')}
      desc={t('chart_businesses_desc', { target: formatNumber(target, locale) })}
      chart={(title, desc) => (
        <LineChart data={data} title={title} desc={desc} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(v: number) => compact.format(v)} width={64} />
          <Tooltip formatter={(v, name) => [formatNumber(Number(v), locale), name]} />
          <Legend />
          <Line
            type="linear"
            dataKey="cumulative_small_businesses"
            name={t('series_cumulative_businesses')}
            stroke={ACTUAL}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="target_path_businesses"
            name={t('series_target_path')}
            stroke={TARGET}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      )}
    >
      <table data-testid="businesses-by-quarter">
        <caption className="sr-only">{t('chart_businesses_title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_quarter')}</th>
            <th scope="col">{t('col_active_quarter')}</th>
            <th scope="col">{t('series_cumulative_businesses')}</th>
            <th scope="col">{t('series_target_path')}</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.quarter}>
              <th scope="row">{label(q.quarter)}</th>
              <td>{num(q.small_businesses_active)}</td>
              <td>{num(q.cumulative_small_businesses)}</td>
              <td>{num(q.target_path_businesses)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

/** A ranked list (by US state or by sector): reported new hires as bars, and every figure in a table. */
export function RankedChart<R extends Breakdown>({
  title,
  desc,
  keyHead,
  rows,
  keyOf,
  nameOf,
  level = 2,
  testId,
}: {
  title: string;
  desc: string;
  keyHead: string;
  rows: R[];
  keyOf: (r: R) => string;
  nameOf: (r: R) => string;
  level?: 2 | 3;
  testId?: string;
}) {
  const { t, locale } = useTexts('jobs');
  const num = (n: number) => formatNumber(n, locale);
  const ranked = [...rows].sort((a, b) => b.reported_new_hires - a.reported_new_hires || b.small_businesses - a.small_businesses);
  const data = ranked.map((r) => ({ label: nameOf(r), value: r.reported_new_hires }));
  const height = Math.max(160, 36 * data.length + 48);
  return (
    <ChartFigure
      level={level}
      title={title}
      desc={desc}
      height={height}
      chart={(ttl, dsc) => (
        <BarChart data={data} layout="vertical" title={ttl} desc={dsc} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={140} interval={0} />
          <Tooltip formatter={(v) => [num(Number(v)), t('col_reported_new_hires')]} />
          <Bar dataKey="value" name={t('col_reported_new_hires')} fill={ACTUAL} maxBarSize={28} isAnimationActive={false} />
        </BarChart>
      )}
    >
      <table data-testid={testId}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_rank')}</th>
            <th scope="col">{keyHead}</th>
            <th scope="col">{t('col_reported_new_hires')}</th>
            <th scope="col">{t('col_jobs_supported')}</th>
            <th scope="col">{t('col_small_businesses')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r, i) => (
            <tr key={keyOf(r)} data-key={keyOf(r)}>
              <td>{num(i + 1)}</td>
              <th scope="row">{nameOf(r)}</th>
              <td>{num(r.reported_new_hires)}</td>
              <td>{num(r.jobs_supported)}</td>
              <td>{num(r.small_businesses)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}
