// Each element speaks its own language: a page may hold an Italian card beside an
// English one, and @lit/localize's configureLocalization keeps one locale per page.
//
// The rule: msg() answers in the language of the `speakIn(locale, …)` block it runs in.
// Elements wrap their render (and any handler that words something) in one, through
// LanguageController. Outside every block msg() answers in Italian, the source, and the
// first such call is reported on the console, so a forgotten block is seen, not guessed.
//
// How: msg() is @lit/localize's, its implementation installed here once per bundle copy
// with `_installMsgImplementation`. In Italian it answers with the source (`defaultMsg`:
// `str` substitution); in another language each lookup goes to @lit/localize's own
// `runtimeMsg` (ids, reordered expressions), which comes with the translations
// (src/translations.ts), so an Italian page carries neither it nor the table of groups.
// These are internal to @lit/localize 0.12: test/locale.test.ts checks exactly what we rely
// on, so an upgrade that changes them fails there first. Translations still come from
// locales/*.xlf (`lit-localize build`).
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';
import { LOCALES, type Locale } from './settings/lists.js';

type Translator = typeof import('./translations.js');
/** The source's words, `str` values put in (lit-localize's extractor would read a direct call of `defaultMsg` as a msg()). */
const sourceWords = defaultMsg as (template: unknown) => ReturnType<MsgFn>;
/** The translations' runtime and groups, once a language other than Italian is asked for. */
let translator: Translator | undefined;
let translatorLoading: Promise<Translator> | undefined;

const translations = new Map<Locale, TemplateMap>();
/** Translation groups by `locale/group`: asked for, and arrived. */
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();
/** The block msg() is answering in; undefined outside every block. */
let speaking: Locale | undefined;
let warnedOutside = false;

_installMsgImplementation(((template, options) => {
  if (speaking === undefined && !warnedOutside) {
    warnedOutside = true;
    console.warn('[cie-widgets] msg() called outside speakIn(): answering in Italian.', new Error().stack);
  }
  const templates = speaking && translations.get(speaking);
  return templates && translator ? translator.translate(templates, template, options) : sourceWords(template);
}) as MsgFn);

/** Maps a BCP 47 tag (`de-AT`, `en_GB`, `IT`) to a shipped locale; Italian otherwise. */
export function pickLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'it';
}

/** The element's own `lang` (or `data-lang`), else the page's `<html lang>`. */
export function localeOf(element: HTMLElement): Locale {
  const tag = element.getAttribute('lang') || element.getAttribute('data-lang') || document.documentElement.lang;
  return pickLocale(tag);
}

/** The translation groups `tag` says its words from (scripts/locale-groups.mjs); every group without a tag. */
const groupsOf = ({ LOCALE_GROUPS, ALL_LOCALE_GROUPS }: Translator, tag?: string): readonly string[] =>
  (tag && LOCALE_GROUPS[tag]) || ALL_LOCALE_GROUPS;

/**
 * Loads the translations an element needs (`tag`: only the strings it says, or those of a
 * part of the code loaded later, like `sending`; none: all of them, as the receiver's
 * emails need), each group once per page. Italian, the source, needs none.
 */
export function loadLocale(locale: Locale, tag?: string): Promise<void> {
  if (locale === 'it') return Promise.resolve();
  translatorLoading ??= import('./translations.js').then((arrived) => (translator = arrived));
  return translatorLoading.then(
    (loadedTranslator) => Promise.all(groupsOf(loadedTranslator, tag).map((group) => loadGroup(loadedTranslator, locale, group))).then(() => undefined),
    (error: unknown) => {
      translatorLoading = undefined; // asked for again by the next element or language change
      warnNotLoaded(locale, error);
    },
  );
}

const warnNotLoaded = (locale: Locale, error: unknown) =>
  console.warn(`[cie-widgets] the ${locale} translation could not load; showing Italian.`, error);

function loadGroup({ LOCALE_MODULES }: Translator, locale: Locale, group: string): Promise<void> {
  const key = `${locale}/${group}`;
  let pending = loading.get(key);
  if (!pending) {
    const module = LOCALE_MODULES[key];
    pending = (module ? module() : Promise.reject(new Error(`no translation group ${key}`))).then(
      (arrived) => {
        translations.set(locale, { ...translations.get(locale), ...(arrived.templates as TemplateMap) });
        loaded.add(key);
      },
      (error: unknown) => {
        // A translation that cannot load (a file missing from the CDN folder) must not
        // hide the service: the element speaks Italian and marks its content so.
        loading.delete(key);
        warnNotLoaded(locale, error);
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Whether msg() can answer in `locale` now for `tag`'s words (all words, without a tag); Italian always can. */
export const isLocaleLoaded = (locale: Locale, tag?: string): boolean =>
  locale === 'it' || (translator !== undefined && groupsOf(translator, tag).every((group) => loaded.has(`${locale}/${group}`)));

/** Runs `words` with msg() answering in `locale` (Italian until that locale is loaded). */
export function speakIn<T>(locale: Locale, words: () => T): T {
  const previous = speaking;
  // The element asking has its own groups loaded (LanguageController.shown); msg() answers
  // from what this page has of the locale.
  speaking = locale === 'it' || translations.has(locale) ? locale : 'it';
  try {
    return words();
  } finally {
    speaking = previous;
  }
}

/** The language msg() answers in now: the enclosing block's, Italian outside one. */
export const currentLocale = (): Locale => speaking ?? 'it';
