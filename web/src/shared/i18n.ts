import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export type Lang = 'en' | 'zh-CN';
export const LANGS: Lang[] = ['en', 'zh-CN'];
const KEY = 'meridian.lang';

/** The saved choice, else the browser's language (Chinese of any region → zh-CN), else English. */
export function initialLang(): Lang {
  const saved = localStorage.getItem(KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  const nav = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return nav.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A namespace of texts in both languages; each area of the app brings its own. */
export type Texts = Record<string, string>;
export type Dictionary = { en: Texts; 'zh-CN': Texts };

/** Registers an area's texts (a namespace) in both languages. */
export function addTexts(ns: string, dict: Dictionary): void {
  for (const lang of LANGS) i18n.addResourceBundle(lang, ns, dict[lang], true, true);
}

// Resources are added in code, so initialisation finishes synchronously.
void i18n.use(initReactI18next).init({
  lng: initialLang(),
  fallbackLng: 'en',
  resources: {},
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function setLang(lang: Lang): void {
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** Texts of a namespace, and the current locale for Intl. */
export function useTexts(ns: string) {
  const { t, i18n: inst } = useTranslation(ns);
  return { t, locale: inst.language as Lang };
}

export { i18n };
