// What the editor copies: the settings file, and the HTML to paste in the variant their
// CMS keeps. Each variant is a complete page fragment: the pinned script, then the tags.
import { EDITOR_NAMES, type ElementTag } from '../../src/elements.js';
import { formOf, REQUEST_FORM_IDS, REQUEST_KINDS } from '../../src/requests/kinds.js';

/** The elements in the order an editor meets them (a service page's order). */
export const EDITOR_ORDER = Object.keys(EDITOR_NAMES) as ElementTag[];

/** The id a form gets in the snippet, so that the guide on the same page links to it. */
export const formIdOf = (tag: ElementTag): string | undefined => {
  const kind = REQUEST_KINDS.find((request) => formOf(request) === tag);
  return kind && REQUEST_FORM_IDS[kind];
};

export type HtmlVariant = 'inline' | 'attributes' | 'data';

export const VARIANTS: Record<HtmlVariant, { name: string; about: string }> = {
  inline: {
    name: 'Impostazioni nella pagina',
    about: 'Tutto in un blocco HTML: dove il CMS conserva <script type="application/json"> (OpenCity Italia, WordPress con unfiltered_html).',
  },
  attributes: {
    name: 'Attributi, impostazioni in un file',
    about: 'Carica il file JSON sul sito all’indirizzo indicato; i tag lo leggono con config-src.',
  },
  data: {
    name: 'Attributi data-*, impostazioni in un file',
    about: 'Per i CMS che tolgono gli attributi sconosciuti ma lasciano i data-* (CKEditor di Drupal, editor classico di WordPress).',
  },
};

export interface SnippetOptions {
  variant: HtmlVariant;
  tags: readonly ElementTag[];
  /** The pinned `<script type="module" …>` line of this release. */
  scriptLine: string;
  /** The `<link rel="modulepreload">` lines of the chosen elements' files, after the script. */
  preloadLines?: readonly string[];
  /** Where the settings file will be on the comune's site (attribute variants). */
  settingsUrl: string;
  lang?: string;
}

/** JSON inside `<script>`: `<` escaped, so no text in the settings can close the script. */
export function jsonForScript(settings: unknown): string {
  return JSON.stringify(settings, null, 2).replace(/</g, '\\u003c');
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The settings the editor copies, naming their JSON Schema first (from the release's
 * folder) unless they name one already: the comune's code editor then explains and
 * checks every field. Any old seal is left out: only settings with no problem get one.
 */
export function namedSettings(settings: unknown, schemaUrl: string): object {
  const rest = Object.fromEntries(Object.entries(settings && typeof settings === 'object' ? settings : {}).filter(([key]) => key !== 'seal'));
  return '$schema' in rest ? rest : { $schema: schemaUrl, ...rest };
}

export const settingsFileText = (settings: object): string => `${JSON.stringify(settings, null, 2)}\n`;

export function htmlSnippet(settings: unknown, options: SnippetOptions): string {
  const { variant, tags, scriptLine, preloadLines = [], settingsUrl, lang } = options;
  const prefix = variant === 'data' ? 'data-' : '';
  const langAttribute = lang && lang !== 'it' ? ` ${prefix}lang="${lang}"` : '';
  const source = variant === 'inline' ? '' : ` ${prefix}config-src="${attribute(settingsUrl)}"`;
  const lines = [scriptLine, ...preloadLines, ''];
  if (variant === 'inline') lines.push(`<script type="application/json" data-cie-config>\n${jsonForScript(settings)}\n</script>`, '');
  for (const tag of tags) {
    const id = formIdOf(tag);
    lines.push(`<${tag}${id ? ` id="${id}"` : ''}${source}${langAttribute}></${tag}>`);
  }
  return `${lines.join('\n')}\n`;
}
