import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../shared/components';
import { formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { downloadCatalogue } from './Products';
import { useScope } from './scope';
import './texts';

async function runImport(csv: string, dry_run: boolean, merchant_id?: string) {
  return unwrap(await api.POST('/api/products/import', { body: { csv, dry_run, ...(merchant_id ? { merchant_id } : {}) } }));
}
type Report = Awaited<ReturnType<typeof runImport>>;

/** The codes a report can carry that have a text of their own; others show the server's message only. */
const KNOWN_CODES = new Set([
  'invalid_gtin',
  'gtin_taken',
  'gtin_duplicate',
  'invalid_price',
  'invalid_currency',
  'currency_mismatch',
  'sku_taken',
  'sku_duplicate',
  'required',
  'invalid_hs_code',
  'invalid_country',
  'invalid_weight',
  'invalid_image_url',
  'category_not_found',
  'product_not_found',
  'unknown_column',
  'missing_column',
  'wrong_field_count',
  'csv_malformed',
  'option_values_mismatch',
  'option_combination_taken',
  'product_values_differ',
  'merchant_not_verified',
  'lot_tracking_fixed',
]);

const MAX_CHARS = 2 * 1024 * 1024;

/** Import products from CSV: a dry run first, then the import; the report lists every row's problems. */
export default function Import() {
  const { t, locale } = useTexts('merchant');
  const { merchantId, role, canEditCatalog } = useScope();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  /** The text the last successful dry run checked: only that text may be imported. */
  const [checked, setChecked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ids = { report: useId(), help: useId() };

  if (!merchantId) return <p className="notice">{t('pick_merchant')}</p>;
  if (!canEditCatalog) return <p className="notice">{t('read_only_catalogue')}</p>;

  const run = async (dry: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const r = await runImport(text, dry, role === 'operator' ? merchantId : undefined);
      setReport(r);
      setChecked(dry && r.ok ? text : null);
    } catch (e) {
      setError(e);
      setReport(null);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const pickFile = async (file: File | undefined) => {
    setReport(null);
    setChecked(null);
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  };
  const tooBig = text.length > MAX_CHARS;

  return (
    <section className="stack">
      <p className="no-print">
        <Link to="/merchant/products">{t('back_to_products')}</Link>
      </p>
      <h1>{t('import_title')}</h1>
      <div className="card stack" id={ids.help}>
        <p>{t('import_help')}</p>
        <p className="small muted">{t('import_columns')}</p>
        <p>
          <button type="button" className="link" onClick={() => downloadCatalogue(merchantId, role === 'operator').catch(setError)}>
            {t('download_template')}
          </button>
        </p>
      </div>
      <form className="card stack" onSubmit={submit} aria-describedby={ids.help} aria-label={t('import_title')}>
        <label>
          {t('csv_file')}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void pickFile(e.target.files?.[0])} />
        </label>
        {fileName && <p className="small muted">{t('file_loaded', { name: fileName, chars: formatNumber(text.length, locale) })}</p>}
        <label>
          {t('or_paste')}
          <textarea
            rows={8}
            value={text}
            spellCheck={false}
            className="mono"
            onChange={(e) => {
              setText(e.target.value);
              setFileName(null);
              setReport(null);
              setChecked(null);
            }}
          />
        </label>
        {tooBig && <p className="notice notice-error">{t('csv_too_big')}</p>}
        <div className="row">
          <button type="submit" disabled={busy || !text.trim() || tooBig}>
            {t('check_file')}
          </button>
          <button type="button" disabled={busy || checked === null || checked !== text} onClick={() => void run(false)}>
            {t('import_now')}
          </button>
          {checked === null && text.trim() !== '' && <span className="muted small">{t('check_first')}</span>}
        </div>
      </form>
      <ErrorNotice error={error} />
      {busy && (
        <p role="status" className="muted">
          {t('checking')}
        </p>
      )}
      {report && <ReportView report={report} id={ids.report} />}
    </section>
  );
}

function ReportView({ report, id }: { report: Report; id: string }) {
  const { t, locale } = useTexts('merchant');
  const n = (x: number) => formatNumber(x, locale);
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{t('import_report')}</h2>
      {report.ok ? (
        <p className="notice notice-ok" role="status">
          {report.dry_run
            ? t('dry_run_ok', { created: n(report.created), updated: n(report.updated), products: n(report.products_created) })
            : t('import_ok', { created: n(report.created), updated: n(report.updated), products: n(report.products_created) })}
        </p>
      ) : (
        <p className="notice notice-error" role="alert">
          {t('import_failed', { problems: n(report.errors.length), rows: n(new Set(report.errors.map((e) => e.row)).size) })}
          {report.errors_truncated && ` ${t('errors_truncated')}`}
        </p>
      )}
      {report.errors.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('errors_by_row')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('row')}</th>
                <th scope="col">{t('column')}</th>
                <th scope="col">{t('problem')}</th>
                <th scope="col">{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={`${e.row}-${e.column}-${e.code}-${i}`}>
                  <th scope="row">{e.row}</th>
                  <td>{e.column ?? '—'}</td>
                  <td>
                    {KNOWN_CODES.has(e.code) ? t(`code_${e.code}`) : e.code}
                    <div className="muted small">
                      <code>{e.code}</code>
                    </div>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
