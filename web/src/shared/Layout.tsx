import { NavLink, Outlet } from 'react-router-dom';
import { addTexts, LANGS, type Lang, setLang, useTexts } from './i18n';
import { useSession } from './session';
import './texts';
import '../storefront/impact-texts';

addTexts('footer', {
  en: { footer_nav: 'About Meridian', transparency: 'Transparency report' },
  'zh-CN': { footer_nav: '关于 Meridian', transparency: '透明度报告' },
});

/** The frame of every page: skip link, header with the areas this account may use, language switch. */
export function Layout() {
  const { t, locale } = useTexts('common');
  const { me, signOut } = useSession();
  const role = me?.role;
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="logo">
          {t('brand')}
        </NavLink>
        <nav aria-label={t('main_nav')}>
          <ul className="nav">
            <li>
              <NavLink to="/" end>
                {t('nav_shop')}
              </NavLink>
            </li>
            {(role === 'store_staff' || role === 'operator') && (
              <li>
                <NavLink to="/till">{t('nav_till')}</NavLink>
              </li>
            )}
            {(role === 'merchant' || role === 'brand_owner' || role === 'operator') && (
              <li>
                <NavLink to="/merchant">{t('nav_merchant')}</NavLink>
              </li>
            )}
            {role === 'operator' && (
              <li>
                <NavLink to="/console">{t('nav_console')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="topbar-end">
          <label className="inline">
            <span className="sr-only">{t('language')}</span>
            <select aria-label={t('language')} value={locale} onChange={(e) => setLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {l === 'en' ? 'English' : '简体中文'}
                </option>
              ))}
            </select>
          </label>
          {me ? (
            <>
              <span className="muted small">{t('signed_in_as', { name: me.display_name })}</span>
              <button type="button" className="link" onClick={() => void signOut()}>
                {t('sign_out')}
              </button>
            </>
          ) : (
            <NavLink to="/account">{t('sign_in')}</NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

/** The foot of every page: public pages anyone may read, such as the transparency report. */
function SiteFooter() {
  const { t } = useTexts('footer');
  return (
    <footer className="no-print" style={{ maxWidth: 1200, margin: '0 auto', padding: '1rem', borderTop: '1px solid var(--line)' }}>
      <nav aria-label={t('footer_nav')}>
        <ul className="row" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <li>
            <NavLink to="/transparency">{t('transparency')}</NavLink>
          </li>
          <li>
            <NavLink to="/impact">{t('impact')}</NavLink>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
