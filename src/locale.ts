// Each element speaks its own language: a page may hold an Italian card beside an
// English one. @lit/localize's configureLocalization keeps one locale per page, so
// instead its msg() is given a lookup that reads the translations of the element being
// rendered (set by `renderIn` for the duration of that render). Translations still come
// from locales/*.xlf through `lit-localize build`.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { LOCALES, type Locale } from './settings/fields.js';

const translations = new Map<Locale, TemplateMap>();
const loading = new Map<Locale, Promise<void>>();
let renderingTemplates: TemplateMap | undefined;

// Once per bundle copy: each copy has its own @lit/localize module instance.
_installMsgImplementation(((template, options) => runtimeMsg(renderingTemplates, template, options)) as MsgFn);

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

/** Loads a locale's translations once per page (Italian, the source, needs none). */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'it') return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = import(`./generated/locales/${locale}.ts`).then(
      (module: { templates: TemplateMap }) => {
        translations.set(locale, module.templates);
      },
      (error: unknown) => {
        // A translation that cannot load (a file missing from the CDN folder) must not
        // hide the service: the element speaks Italian and marks its content so.
        loading.delete(locale);
        console.warn(`[cie-widgets] the ${locale} translation could not load; showing Italian.`, error);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether msg() can answer in `locale` now (Italian always can: it is the source). */
export const isLocaleLoaded = (locale: Locale): boolean => locale === 'it' || translations.has(locale);

/** Runs `render` with msg() answering in `locale` (Italian until that locale is loaded). */
export function renderIn<T>(locale: Locale, render: () => T): T {
  const previous = renderingTemplates;
  renderingTemplates = translations.get(locale);
  try {
    return render();
  } finally {
    renderingTemplates = previous;
  }
}
