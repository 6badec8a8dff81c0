// The one script an editor pastes from the CDN folder. It defines only the elements on the
// page (and those added later), and asks for everything an element needs at once — its
// file, the chunks those import, the comune's preset or settings file, and its own strings
// in the language named on the tag — so nothing waits on a file discovered only after
// another has run. Italian, the source, needs no file. The map of files is written in at
// build time from the elements' build. Loading it twice, or beside elements already
// defined, loads nothing twice.

import { SITUATION_PARAM } from '../src/guide.js';
import { pageReservationCss } from '../src/reserved-space.js';
import { requestSettingsEarly } from '../src/settings/early-request.js';

declare const __CIE_FILES__: {
  /** tag → its entry first, then every chunk it imports statically. */
  elements: Record<string, string[]>;
  presets: Record<string, string>;
  /** preset → its service card texts, for the service card alone. */
  presetServiceCards: Record<string, string>;
  /** The languages there are translations for (Italian, the source, needs none). */
  languages: string[];
  /** tag, or a part of its code asked for with it (`paths`, `servicecard`) → its translation groups, each `<language>-<group>.js`. */
  words: Record<string, readonly string[]>;
  /** The translations' code (src/translations.ts), which the groups need first. */
  translations: string[];
  /** The guide's service-card code and what it imports. */
  serviceCard: string[];
  /** The guide's paths and what they import (components/procedure-guide/path-code.ts). */
  guidePaths: string[];
  /** What reads settings other than one preset alone (src/settings/sources.ts). */
  sources: string[];
  /** The settings checker and what it imports (src/settings/check.ts). */
  checker: string[];
  /** What tells a sealed settings file or page script (src/settings/seal.ts). */
  seal: string[];
};

const FILES = __CIE_FILES__;
const LOADER = Symbol.for('cie-widgets.loader');
/** The map's paths start from the elements' chunks (scripts/build/loader-files.ts, LOADER_CHUNKS): most files are there. */
const base = new URL('elements/chunks/', import.meta.url);
const asked = new Set<string>();

/**
 * Fetches a module now, in parallel with the rest; the import that needs it finds it ready.
 * One the pasted snippet's preload lines already ask for (same URL) is not asked again.
 */
function preload(file: string): void {
  if (asked.has(file)) return;
  asked.add(file);
  const href = new URL(file, base).href;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

const attribute = (element: Element, name: string) => element.getAttribute(name) ?? element.getAttribute(`data-${name}`);

function load(element: Element): void {
  const files = FILES.elements[element.localName];
  if (!files) return;
  // What this tag will ask for once it runs, asked for now.
  const preset = attribute(element, 'comune');
  if (preset && Object.hasOwn(FILES.presets, preset)) preload(FILES.presets[preset]);
  const settingsFile = attribute(element, 'config-src');
  // Settings other than one preset (a file, the page's own, none at all) are read by code of their own.
  if (settingsFile || !preset || attribute(element, 'config') || pageWideSettings()) FILES.sources.forEach(preload);
  // A settings file may be sealed: what tells comes with it (settings in the page: if they say so).
  if (settingsFile || pageSettings(element)?.textContent?.includes('"seal"')) FILES.seal.forEach(preload);
  if (settingsFile && !customElements.get(element.localName)) {
    try {
      // A file without a seal will be checked: the checker comes as soon as that is known.
      // (Read from a copy, before the element takes the answer.)
      requestSettingsEarly(settingsFile)
        ?.then((response) => response.clone().text())
        .then((text) => !text.includes('"seal"') && FILES.checker.forEach(preload))
        .catch(() => undefined);
    } catch {
      // Not a URL: the element names the problem once it runs.
    }
  }
  const language = (attribute(element, 'lang') || document.documentElement.lang || '').slice(0, 2).toLowerCase();
  /** The words of `who` (a tag, or a part of its code) in the element's language. */
  const translations = (who: string) => {
    if (!FILES.languages.includes(language) || !Object.hasOwn(FILES.words, who)) return;
    FILES.translations.forEach(preload);
    for (const group of FILES.words[who]) preload(`${language}-${group}.js`);
  };
  translations(element.localName);
  if (attribute(element, 'mode') === 'service-card') {
    FILES.serviceCard.forEach(preload);
    translations('servicecard');
    if (preset && Object.hasOwn(FILES.presetServiceCards, preset)) preload(FILES.presetServiceCards[preset]);
  }
  // A guide the page opens on a path (a link naming the situation, its `situation` attribute)
  // shows it at once. (A name that is no situation costs a file unused, not a list here.)
  else if (element.localName === 'cie-procedure-guide' && (new URL(location.href).searchParams.has(SITUATION_PARAM) || attribute(element, 'situation'))) {
    FILES.guidePaths.forEach(preload);
    translations('paths');
  }
  if (willCheckSettings(element)) FILES.checker.forEach(preload);
  if (customElements.get(element.localName) || asked.has(element.localName)) return;
  asked.add(element.localName);
  files.forEach(preload);
  void import(/* @vite-ignore */ new URL(files[0], base).href);
}

/**
 * Whether the tag's settings will surely be checked in the page (src/settings/load.ts):
 * more than one source, or settings in the page that carry no seal. A hint for asking
 * early, nothing more: a settings file alone may be sealed or not, and is left to the
 * element (an unsealed one then waits for the checker); a form's `endpoint` over checked
 * settings needs no checker.
 */
function willCheckSettings(element: Element): boolean {
  const inline = attribute(element, 'config');
  const sources = [attribute(element, 'comune'), inline, attribute(element, 'config-src'), pageWideSettings()].filter(Boolean);
  if (sources.length > 1) return true;
  const inPage = pageSettings(element);
  return Boolean(inPage && !inPage.textContent?.includes('"seal"'));
}

const pageWideSettings = () => document.querySelector('script[type="application/json"][data-cie-config]');

/** The settings the page holds for the tag: its `config` script, else the page-wide one. */
function pageSettings(element: Element): Element | null {
  const inline = attribute(element, 'config');
  return inline ? document.getElementById(inline) : pageWideSettings();
}

const selector = Object.keys(FILES.elements).join(',');

/** Elements a CMS or a script adds later (tabs, accordions, pages built in the browser), in the page or a shadow root. */
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});
/** Open shadow roots seen (a theme's own components, declarative shadow DOM), each watched like the page. */
const watched = new WeakSet<ShadowRoot>();

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) load(root);
  root.querySelectorAll(selector).forEach(load);
  for (const host of [root, ...root.querySelectorAll('*')]) {
    const shadow = host instanceof Element && !host.localName.startsWith('cie-') ? host.shadowRoot : null;
    if (!shadow || watched.has(shadow)) continue;
    watched.add(shadow);
    observer.observe(shadow, { childList: true, subtree: true });
    scan(shadow);
  }
}

/**
 * Before an element is defined it is an empty inline box: the page below would jump twice,
 * when its code runs and when its content comes. It keeps its space from the moment this
 * runs instead (the same heights the elements keep while loading; from the first paint
 * with cie-widgets.css in the theme). A constructed sheet: allowed under a strict CSP, and
 * no tag in the page.
 */
function reserveSpace(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageReservationCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// The version that runs (older loaders marked `true`): a second loader of the same one does
// nothing; of another, it does nothing either, and says so (two script lines, one to remove).
const page = globalThis as typeof globalThis & { [LOADER]?: string | true };
const running = page[LOADER];
if (running && running !== __CIE_VERSION__) {
  console.warn(`[cie-widgets] loader ${running} already runs here; this one (${__CIE_VERSION__}) does nothing: keep one script line`);
}
if (!running) {
  page[LOADER] = __CIE_VERSION__;
  reserveSpace();
  scan(document);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A theme's components get their shadow roots when their own code runs, maybe after this.
  for (const when of ['DOMContentLoaded', 'load']) addEventListener(when, () => scan(document), { once: true });
}
