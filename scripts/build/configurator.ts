// The configurator as one HTML file, and what it writes into the snippet: the pinned
// script's integrity and the preload lines of each element's files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; license: string };

/**
 * The configurator as one HTML file an editor opens from the release, even from a disk
 * (file:// allows no module fetches): its script and styles inline, every element,
 * preset and language in the one script, the pinned script's integrity hash written in.
 */
export function singleFileConfigurator(): Plugin {
  return {
    name: 'cie-single-file-configurator',
    apply: 'build',
    // After vite's own HTML plugin has written the page.
    enforce: 'post',
    generateBundle(_, bundle) {
      const files = Object.values(bundle);
      const page = files.find((file) => file.fileName.endsWith('.html'));
      if (page?.type !== 'asset') throw new Error('the configurator page was not built');
      const scripts = files.flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
      const styles = files.flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? [String(file.source)] : []));
      if (scripts.length !== 1) throw new Error(`the configurator must be one script, not ${scripts.length}`);
      // Inline, no text may close the element it sits in. Vite leaves its preload list
      // unresolved when nothing is split (vite 8.3): with no list, its helper just imports.
      const script = scripts[0].replace(/__VITE_PRELOAD__/g, 'void 0').replace(/<\/(script)/gi, '<\\/$1');
      const html = String(page.source)
        .replace(/\s*<script type="module"[^>]*><\/script>/, '')
        .replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
        .replace('</head>', () => `<style>${styles.join('\n').replace(/<\/(style)/gi, '<\\/$1')}</style>\n<script type="module">${script}</script>\n</head>`);
      for (const name of Object.keys(bundle)) delete bundle[name];
      this.emitFile({ type: 'asset', fileName: 'configurator.html', source: html });
    },
  };
}

/** The pinned script's Subresource Integrity hash: the loader built just before is the CDN folder's cie-widgets.js. */
export function releaseIntegrity(): string {
  return `sha384-${createHash('sha384').update(readFileSync('dist/loader/cie-widgets.js')).digest('base64')}`;
}

/**
 * What the configurator's preload lines are made from (scripts/preload-hints.js): the loader's
 * map of files and each script's integrity, from this build (`dist/loader`, `dist/elements`,
 * the bytes the CDN folder copies) or, for `npm start`, the CDN folder last built; none before a build.
 */
export function preloadHints(fromFolder: boolean): { map: unknown; files: Record<string, string> } | undefined {
  if (fromFolder) {
    const folder = `dist/cdn/cie-widgets@${pkg.version}/`;
    if (!existsSync(`${folder}files.json`)) return undefined;
    return { map: JSON.parse(readFileSync(`${folder}files.json`, 'utf8')), files: (JSON.parse(readFileSync(`${folder}integrity.json`, 'utf8')) as { files: Record<string, string> }).files };
  }
  const scripts = (readdirSync('dist/elements', { recursive: true }) as string[]).filter((path) => path.endsWith('.js')).map((path) => `elements/${path}`);
  const sri = (path: string) => `sha384-${createHash('sha384').update(readFileSync(`dist/${path}`)).digest('base64')}`;
  return { map: JSON.parse(readFileSync('dist/loader/files.json', 'utf8')), files: Object.fromEntries(scripts.map((path) => [path, sri(path)])) };
}

/** The integrity of the CDN folder last built (`npm run build` writes integrity.json beside it), or undefined. */
export function builtFolderIntegrity(): string | undefined {
  const file = `dist/cdn/cie-widgets@${pkg.version}/integrity.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)['cie-widgets.js'] : undefined;
}
