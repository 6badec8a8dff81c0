// One @lit/localize runtime per bundle: configureLocalization may run only once per
// module instance, so every element goes through this module.
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { LOCALES, type Locale } from './settings/fields.js';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./generated/locales/${locale}.ts`),
});

/** Maps a BCP 47 tag (`de-AT`, `en_GB`, `IT`) to a shipped locale; Italian otherwise. */
export function pickLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'it';
}

/** The element's own `lang` (or `data-lang`), else the page's `<html lang>`. */
export function localeOf(element: HTMLElement): Locale {
  const tag = element.getAttribute('lang') || element.dataset.lang || document.documentElement.lang;
  return pickLocale(tag);
}

/**
 * Switches the widgets' language. @lit/localize keeps one active locale per bundle,
 * so all widgets on a page speak the language most recently asked for.
 */
export async function useLocale(locale: Locale): Promise<void> {
  if (getLocale() !== locale) await setLocale(locale);
}

export const currentLocale = (): Locale => getLocale() as Locale;
