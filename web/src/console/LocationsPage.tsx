import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { useTexts } from '../shared/i18n';
import {
  LOCATION_KINDS,
  type Location,
  type LocationChanges,
  type LocationKind,
  type LocationListItem,
  type LocationStatus,
  type NewLocation,
  type OpeningHours,
  TEMPERATURE_CLASSES,
  type TemperatureClass,
  useLoad,
  usePaged,
  type Weekday,
  WEEKDAYS,
} from './data';
import './texts';

const STATUSES: readonly LocationStatus[] = ['open', 'closed'];

function displayName(l: { name_en: string; name_zh: string }, locale: string): string {
  return locale === 'zh-CN' ? l.name_zh : l.name_en;
}

/** Stores, malls, counters and warehouses, filtered by kind, status and city. */
export function LocationsPage() {
  const { t } = useTexts('console');
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = LOCATION_KINDS.includes(kindParam as LocationKind) ? (kindParam as LocationKind) : undefined;
  const statusParam = params.get('status');
  const status = STATUSES.includes(statusParam as LocationStatus) ? (statusParam as LocationStatus) : undefined;
  const city = params.get('city') ?? '';
  const [cityInput, setCityInput] = useState(city);
  useEffect(() => setCityInput(city), [city]);

  const list = usePaged(
    async (cursor?: string) => unwrap(await api.GET('/api/locations', { params: { query: { kind, status, city: city || undefined, cursor, limit: 50 } } })),
    [kind, status, city],
  );

  const setFilter = (next: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ city: cityInput.trim() });
  };

  return (
    <section className="stack" aria-labelledby="locations-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="locations-title" style={{ margin: 0 }}>
          {t('locations_title')}
        </h1>
        <Link to="/console/locations/new" className="no-print" style={{ fontWeight: 600 }}>
          + {t('new_location')}
        </Link>
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {t('locations_intro')}
      </p>
      <form className="row card" onSubmit={submit} role="search" aria-label={t('locations_table')}>
        <label>
          {t('filter_kind')}
          <select value={kind ?? ''} onChange={(e) => setFilter({ kind: e.target.value })}>
            <option value="">{t('kind_all')}</option>
            {LOCATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_loc_status')}
          <select value={status ?? ''} onChange={(e) => setFilter({ status: e.target.value })}>
            <option value="">{t('loc_status_all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`loc_status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_city')}
          <input type="search" value={cityInput} onChange={(e) => setCityInput(e.target.value)} />
        </label>
        <button type="submit" style={{ alignSelf: 'flex-end' }}>
          {t('filter')}
        </button>
      </form>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading ? (
        <Loading />
      ) : list.items.length === 0 ? (
        !list.error && <p className="notice">{t('no_locations')}</p>
      ) : (
        <>
          <LocationTable items={list.items} caption={t('locations_table')} />
          <div className="row">
            <span className="muted small" role="status">
              {t('shown_count', { count: list.items.length })}
            </span>
            {list.hasMore && (
              <button type="button" className="secondary" disabled={list.busy} onClick={() => void list.loadMore()}>
                {t('load_more')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function LocationTable({ items, caption }: { items: LocationListItem[]; caption: string }) {
  const { t, locale } = useTexts('console');
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_name')}</th>
            <th scope="col">{t('col_code')}</th>
            <th scope="col">{t('col_kind')}</th>
            <th scope="col">{t('col_city')}</th>
            <th scope="col">{t('col_temperature')}</th>
            <th scope="col">{t('col_status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((l) => (
            <tr key={l.id}>
              <td>
                <Link to={`/console/locations/${l.id}`} aria-label={t('edit_named', { name: displayName(l, locale) })}>
                  {displayName(l, locale)}
                </Link>
                <div className="muted small" lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}>
                  {locale === 'zh-CN' ? l.name_en : l.name_zh}
                </div>
              </td>
              <td>{l.code}</td>
              <td>{t(`kind_${l.kind}`)}</td>
              <td>{locale === 'zh-CN' && l.city_zh ? l.city_zh : l.city}</td>
              <td>{l.temperature_classes.map((c) => t(`temp_${c}`)).join(', ')}</td>
              <td>
                <span className="badge" style={l.status === 'closed' ? { background: '#f9d7d7', color: '#5f0d0f' } : undefined}>
                  {t(`loc_status_${l.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// ---- The form ---------------------------------------------------------------------------------

type Interval = [string, string];
type Hours = Record<Weekday, Interval[]>;

interface FormState {
  kind: LocationKind;
  code: string;
  parent_id: string;
  name_en: string;
  name_zh: string;
  address_line: string;
  city: string;
  city_zh: string;
  province: string;
  country: string;
  postal_code: string;
  timezone: string;
  latitude: string;
  longitude: string;
  hours: Hours;
  temperature_classes: TemperatureClass[];
  delivery_days: string;
  status: LocationStatus;
}

// A time input cannot hold 24:00: midnight as a closing time is shown as 00:00 and sent as 24:00.
const toInput = (hhmm: string) => (hhmm === '24:00' ? '00:00' : hhmm);
const toApiClose = (hhmm: string) => (hhmm === '00:00' ? '24:00' : hhmm);

function hoursFrom(h: OpeningHours): Hours {
  const out = {} as Hours;
  for (const d of WEEKDAYS) out[d] = (h[d] ?? []).map((iv) => [toInput(iv[0] ?? ''), toInput(iv[1] ?? '')] as Interval);
  return out;
}

function hoursTo(h: Hours): OpeningHours {
  const out: OpeningHours = {};
  for (const d of WEEKDAYS) {
    const ivs = h[d].filter(([a, b]) => a && b).map(([a, b]) => [a, toApiClose(b)]);
    if (ivs.length) out[d] = ivs;
  }
  return out;
}

function emptyForm(): FormState {
  const hours = {} as Hours;
  for (const d of WEEKDAYS) hours[d] = [['10:00', '22:00']];
  return {
    kind: 'department_store',
    code: '',
    parent_id: '',
    name_en: '',
    name_zh: '',
    address_line: '',
    city: '',
    city_zh: '',
    province: '',
    country: 'CN',
    postal_code: '',
    timezone: 'Asia/Shanghai',
    latitude: '',
    longitude: '',
    hours,
    temperature_classes: ['ambient'],
    delivery_days: '2',
    status: 'open',
  };
}

function formFrom(l: Location): FormState {
  return {
    kind: l.kind,
    code: l.code,
    parent_id: l.parent_id ?? '',
    name_en: l.name_en,
    name_zh: l.name_zh,
    address_line: l.address_line,
    city: l.city,
    city_zh: l.city_zh ?? '',
    province: l.province,
    country: l.country,
    postal_code: l.postal_code ?? '',
    timezone: l.timezone,
    latitude: String(l.latitude),
    longitude: String(l.longitude),
    hours: hoursFrom(l.opening_hours),
    temperature_classes: [...l.temperature_classes],
    delivery_days: String(l.delivery_days),
    status: l.status,
  };
}

let zoneList: string[] | undefined;
function timeZones(): string[] {
  zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Shanghai', 'America/Los_Angeles', 'UTC'];
  return zoneList;
}

/** Creates a store or a mall. */
export function NewLocationPage() {
  const { t } = useTexts('console');
  const navigate = useNavigate();
  const malls = useLoad(async () => unwrap(await api.GET('/api/locations', { params: { query: { kind: 'mall', limit: 100 } } })).items, []);
  const save = async (f: FormState) => {
    const body: NewLocation = {
      kind: f.kind,
      code: f.code.trim().toUpperCase(),
      parent_id: f.kind === 'department_store' && f.parent_id ? f.parent_id : undefined,
      ...common(f),
      latitude: Number(f.latitude),
      longitude: Number(f.longitude),
    };
    const created = unwrap(await api.POST('/api/locations', { body }));
    void navigate(`/console/locations/${created.id}`, { state: { created: created.name_en } });
  };
  return (
    <section className="stack" aria-labelledby="location-title">
      <p className="no-print">
        <Link to="/console/locations">← {t('back_to_locations')}</Link>
      </p>
      <h1 id="location-title">{t('new_location_title')}</h1>
      <LocationForm initial={emptyForm()} creating malls={malls.data ?? []} onSave={save} submitLabel={t('create')} />
    </section>
  );
}

/** The fields both a new location and a change send. */
function common(f: FormState) {
  return {
    name_en: f.name_en.trim(),
    name_zh: f.name_zh.trim(),
    address_line: f.address_line.trim(),
    city: f.city.trim(),
    city_zh: f.city_zh.trim() || null,
    province: f.province.trim(),
    country: f.country.trim().toUpperCase(),
    postal_code: f.postal_code.trim() || null,
    timezone: f.timezone.trim(),
    opening_hours: hoursTo(f.hours),
    temperature_classes: f.temperature_classes,
    delivery_days: Number(f.delivery_days),
  };
}

/** Changes a location: names, address, time zone, hours, temperature classes, delivery days, status. */
export function EditLocationPage() {
  const { id = '' } = useParams();
  const { t, locale } = useTexts('console');
  const state = useLocation().state as { created?: string } | null;
  const loc = useLoad(async () => unwrap(await api.GET('/api/locations/{id}', { params: { path: { id } } })), [id]);
  const children = useLoad(
    async () => (loc.data?.kind === 'mall' ? unwrap(await api.GET('/api/locations', { params: { query: { parent_id: id, limit: 100 } } })).items : []),
    [id, loc.data?.kind],
  );
  const [saved, setSaved] = useState<string | null>(state?.created ? t('created', { name: state.created }) : null);
  const [version, setVersion] = useState(0);
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (loc.loading && !loc.data) return <Loading />;
  if (loc.error || !loc.data) return <ErrorNotice error={loc.error} onRetry={loc.reload} />;
  const l = loc.data;
  const save = async (f: FormState) => {
    // Country, code, kind and parent are fixed at creation.
    const { country: _country, ...changes } = common(f);
    const body: LocationChanges = { ...changes, latitude: Number(f.latitude), longitude: Number(f.longitude), status: f.status };
    const updated = unwrap(await api.PATCH('/api/locations/{id}', { params: { path: { id } }, body }));
    setSaved(t('saved', { name: displayName(updated, locale) }));
    setVersion((v) => v + 1);
    loc.reload();
  };
  return (
    <section className="stack" aria-labelledby="location-title">
      <p className="no-print">
        <Link to="/console/locations">← {t('back_to_locations')}</Link>
      </p>
      <h1 id="location-title">{t('edit_location_title', { name: displayName(l, locale) })}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {l.code} · {t(`kind_${l.kind}`)}
      </p>
      {saved && (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={savedRef}>
          {saved}
        </p>
      )}
      <LocationForm key={`${l.id}-${version}`} initial={formFrom(l)} creating={false} malls={[]} onSave={save} submitLabel={t('save', { ns: 'common' })} />
      {l.kind === 'mall' && children.data && children.data.length > 0 && (
        <section className="stack" aria-labelledby="children-title">
          <h2 id="children-title">{t('inside_mall')}</h2>
          <LocationTable items={children.data} caption={t('inside_mall')} />
        </section>
      )}
    </section>
  );
}

interface FormProps {
  initial: FormState;
  creating: boolean;
  malls: LocationListItem[];
  submitLabel: string;
  onSave: (f: FormState) => Promise<void>;
}

function LocationForm({ initial, creating, malls, submitLabel, onSave }: FormProps) {
  const { t, locale } = useTexts('console');
  const [f, setF] = useState<FormState>(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(timeZones, []);
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setF((s) => ({ ...s, [k]: v }));
  const text = (k: 'code' | 'name_en' | 'name_zh' | 'address_line' | 'city' | 'city_zh' | 'province' | 'country' | 'postal_code' | 'timezone') => ({
    value: f[k],
    onChange: (e: { target: { value: string } }) => set(k, e.target.value),
  });
  const setHours = (day: Weekday, ivs: Interval[]) => setF((s) => ({ ...s, hours: { ...s.hours, [day]: ivs } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await onSave(f);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const day = (d: Weekday) => t(`day_${d}`);
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="location-title">
      <fieldset className="card stack">
        <legend>{t('section_identity')}</legend>
        {creating && (
          <div className="grid">
            <label>
              {t('field_kind')}
              <select value={f.kind} onChange={(e) => set('kind', e.target.value as LocationKind)}>
                <option value="department_store">{t('kind_department_store')}</option>
                <option value="mall">{t('kind_mall')}</option>
              </select>
            </label>
            <div className="stack" style={{ gap: '0.25rem' }}>
              <label>
                {t('field_code')}
                <input
                  {...text('code')}
                  required
                  maxLength={40}
                  pattern="[A-Za-z0-9]+(-[A-Za-z0-9]+)*"
                  autoCapitalize="characters"
                  spellCheck={false}
                  aria-describedby="code-hint"
                />
              </label>
              <span id="code-hint" className="muted small">
                {t('code_hint')}
              </span>
            </div>
            {f.kind === 'department_store' && (
              <label>
                {t('field_parent')}
                <select value={f.parent_id} onChange={(e) => set('parent_id', e.target.value)}>
                  <option value="">{t('parent_none')}</option>
                  {malls.map((m) => (
                    <option key={m.id} value={m.id}>
                      {displayName(m, locale)} ({m.code})
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        )}
        <div className="grid">
          <label>
            {t('field_name_en')}
            <input {...text('name_en')} required maxLength={200} lang="en" />
          </label>
          <label>
            {t('field_name_zh')}
            <input {...text('name_zh')} required maxLength={200} lang="zh-CN" />
          </label>
          {!creating && (
            <label>
              {t('field_status')}
              <select value={f.status} onChange={(e) => set('status', e.target.value as LocationStatus)}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`loc_status_${s}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </fieldset>

      <fieldset className="card stack">
        <legend>{t('section_address')}</legend>
        <div className="grid">
          <label>
            {t('field_address')}
            <input {...text('address_line')} required maxLength={300} autoComplete="off" />
          </label>
          <label>
            {t('field_city')}
            <input {...text('city')} required maxLength={100} lang="en" />
          </label>
          <label>
            {t('field_city_zh')}
            <input {...text('city_zh')} maxLength={100} lang="zh-CN" />
          </label>
          <label>
            {t('field_province')}
            <input {...text('province')} required maxLength={100} />
          </label>
          {creating && (
            <label>
              {t('field_country')}
              <input {...text('country')} required minLength={2} maxLength={2} pattern="[A-Za-z]{2}" autoCapitalize="characters" />
            </label>
          )}
          <label>
            {t('field_postal_code')}
            <input {...text('postal_code')} maxLength={20} />
          </label>
          <div className="stack" style={{ gap: '0.25rem' }}>
            <label>
              {t('field_timezone')}
              <input {...text('timezone')} required list="console-timezones" aria-describedby="tz-hint" spellCheck={false} />
            </label>
            <span id="tz-hint" className="muted small">
              {t('timezone_hint')}
            </span>
            <datalist id="console-timezones">
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </div>
          <label>
            {t('field_latitude')}
            <input
              type="number"
              inputMode="decimal"
              step="any"
              min={-90}
              max={90}
              required
              value={f.latitude}
              onChange={(e) => set('latitude', e.target.value)}
            />
          </label>
          <label>
            {t('field_longitude')}
            <input
              type="number"
              inputMode="decimal"
              step="any"
              min={-180}
              max={180}
              required
              value={f.longitude}
              onChange={(e) => set('longitude', e.target.value)}
            />
          </label>
        </div>
      </fieldset>

      <fieldset className="card stack" aria-describedby="hours-hint">
        <legend>{t('opening_hours')}</legend>
        <p id="hours-hint" className="muted small" style={{ margin: 0 }}>
          {t('hours_hint')}
        </p>
        {WEEKDAYS.map((d) => (
          <div key={d} className="row" style={{ alignItems: 'center', borderBottom: '1px solid var(--line)', paddingBottom: '0.5rem' }}>
            <strong style={{ minWidth: '6rem' }}>{day(d)}</strong>
            {f.hours[d].length === 0 && <span className="muted">{t('day_closed')}</span>}
            {f.hours[d].map(([open, close], i) => (
              <div key={i} className="row" style={{ gap: '0.5rem' }}>
                <label className="inline" style={{ gap: '0.25rem' }}>
                  <span className="sr-only">{t('opens_on', { day: day(d) })}</span>
                  <input
                    type="time"
                    required
                    value={open}
                    onChange={(e) =>
                      setHours(
                        d,
                        f.hours[d].map((iv, j) => (j === i ? [e.target.value, iv[1]] : iv)),
                      )
                    }
                  />
                </label>
                <span aria-hidden="true">–</span>
                <label className="inline" style={{ gap: '0.25rem' }}>
                  <span className="sr-only">{t('closes_on', { day: day(d) })}</span>
                  <input
                    type="time"
                    required
                    value={close}
                    onChange={(e) =>
                      setHours(
                        d,
                        f.hours[d].map((iv, j) => (j === i ? [iv[0], e.target.value] : iv)),
                      )
                    }
                  />
                </label>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('remove_hours_on', { day: day(d), open, close })}
                  onClick={() =>
                    setHours(
                      d,
                      f.hours[d].filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('remove_hours')}
                </button>
              </div>
            ))}
            {f.hours[d].length < 6 && (
              <button
                type="button"
                className="secondary"
                aria-label={t('add_hours_on', { day: day(d) })}
                onClick={() => setHours(d, [...f.hours[d], ['10:00', '22:00']])}
              >
                {t('add_hours')}
              </button>
            )}
          </div>
        ))}
        <div>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setF((s) => {
                const hours = {} as Hours;
                for (const d of WEEKDAYS) hours[d] = s.hours.mon.map((iv) => [...iv] as Interval);
                return { ...s, hours };
              })
            }
          >
            {t('copy_monday')}
          </button>
        </div>
      </fieldset>

      <fieldset className="card stack">
        <legend>{t('temperature_classes')}</legend>
        <div className="row">
          {TEMPERATURE_CLASSES.map((c) => (
            <label key={c} className="inline" style={{ gap: '0.5rem' }}>
              <input
                type="checkbox"
                checked={f.temperature_classes.includes(c)}
                onChange={(e) =>
                  set(
                    'temperature_classes',
                    e.target.checked
                      ? TEMPERATURE_CLASSES.filter((x) => x === c || f.temperature_classes.includes(x))
                      : f.temperature_classes.filter((x) => x !== c),
                  )
                }
                style={{ minHeight: 0, width: '1.25rem', height: '1.25rem' }}
              />
              {t(`temp_${c}`)}
            </label>
          ))}
        </div>
        <div className="stack narrow" style={{ gap: '0.25rem' }}>
          <label>
            {t('delivery_days')}
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={60}
              step={1}
              required
              value={f.delivery_days}
              onChange={(e) => set('delivery_days', e.target.value)}
              aria-describedby="dd-hint"
            />
          </label>
          <span id="dd-hint" className="muted small">
            {t('delivery_days_hint')}
          </span>
        </div>
      </fieldset>

      <ErrorNotice error={error} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
