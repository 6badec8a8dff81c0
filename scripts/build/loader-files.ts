import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALE_GROUPS } from '../../src/generated/locales/groups.ts';
import { LOCALES } from '../../src/settings/lists.ts';
import { ELEMENT_ENTRIES } from './entries.ts';

/** Parts of an element's code the loader may ask for with it (the guide's paths, its service card): their words too. */
const LOADER_PARTS = ['paths', 'servicecard'];

/** Where the loader's map of files starts from: the CDN folder's elements/chunks/ (components/loader.ts). */
const LOADER_CHUNKS = 'elements/chunks';

/**
 * What the CDN loader needs to know, from the elements' build manifest: each tag's entry
 * and all it imports statically (so it can ask for them at once), the presets, the
 * locales and the service card's chunk, as paths relative to the chunks' folder (most of
 * the files; the map is in every page).
 */
export function loaderFiles() {
  type Chunk = { file: string; imports?: string[]; src?: string };
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
  const fileOf = (key: string) => relative(LOADER_CHUNKS, manifest[key].file);
  const closure = (key: string, seen = new Set<string>()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    return [fileOf(key), ...(manifest[key].imports ?? []).flatMap((next) => closure(next, seen))];
  };
  const bySource = (pattern: RegExp) =>
    Object.fromEntries(Object.keys(manifest).flatMap((key) => {
      const match = pattern.exec(key);
      return match ? [[match[1], fileOf(key)]] : [];
    }));
  return {
    elements: Object.fromEntries(Object.entries(ELEMENT_ENTRIES).map(([tag, source]) => [tag, closure(source)])),
    presets: bySource(/^src\/presets\/(?!index)(\w+)\.ts$/),
    presetServiceCards: bySource(/^src\/presets\/(\w+)\.service-card\.ts$/),
    // The languages there are translations for; the translation groups each tag (and each
    // part of its code the loader asks for at once) says its words from, each the file
    // `<language>-<group>.js`; the translations' code they need first.
    languages: LOCALES.filter((locale) => locale !== 'it'),
    words: Object.fromEntries(Object.entries(LOCALE_GROUPS).filter(([name]) => name in ELEMENT_ENTRIES || LOADER_PARTS.includes(name))),
    translations: closure('src/translations.ts'),
    serviceCard: closure('components/procedure-guide/service-card.ts'),
    guidePaths: closure('components/procedure-guide/path-code.ts'),
    sources: closure('src/settings/sources.ts'),
    checker: closure('src/settings/check.ts'),
    seal: closure('src/settings/seal.ts'),
  };
}

/** The same map as a file beside the loader, for the snippet's preload lines (scripts/preload-hints.js). */
export function loaderMapFile(files: unknown): Plugin {
  return {
    name: 'cie-loader-map',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'files.json', source: `${JSON.stringify(files)}\n` });
    },
  };
}
