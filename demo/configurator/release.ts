// The release the configurator belongs to: its version, and the pinned script's
// Subresource Integrity hash when the build knows it (the static configurator is built
// after the CDN folder, which computes it; `npm start` has none yet).
import { hintedFiles, hintLines, type LoaderFiles } from '../../scripts/preload-hints.js';
import { VERSION } from '../../src/version.js';

declare const __CIE_INTEGRITY__: string | undefined;
/** The loader's map of files and each script's integrity (scripts/build/configurator.ts, preloadHints). */
declare const __CIE_HINTS__: { map: LoaderFiles; files: Record<string, string> } | undefined;

export const INTEGRITY = typeof __CIE_INTEGRITY__ === 'string' ? __CIE_INTEGRITY__ : undefined;

export const DEFAULT_FOLDER_URL = `https://YOUR-CDN/cie-widgets@${VERSION}/`;

const folderOf = (folderUrl: string) => (folderUrl.trim().endsWith('/') ? folderUrl.trim() : `${folderUrl.trim()}/`);

/** The settings' JSON Schema in the release's folder. */
export const schemaUrl = (folderUrl: string): string => `${folderOf(folderUrl)}settings.schema.json`;

/** The pinned `<script>` of this release, from the folder where the comune put it. */
export function scriptLine(folderUrl: string): string {
  const src = `${folderOf(folderUrl)}cie-widgets.js`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const integrity = INTEGRITY ? ` integrity="${INTEGRITY}"` : '';
  return `<script type="module" src="${src}"${integrity} crossorigin="anonymous"></script>`;
}

/**
 * The preload lines after the script: the files of the chosen elements (and their words in
 * the page's language), so they are asked for in the same round as the script. None when
 * the build does not know them (`npm start` before a build): the loader asks for them itself.
 */
export function preloadLines(folderUrl: string, tags: readonly string[], lang: string | undefined): string[] {
  if (typeof __CIE_HINTS__ !== 'object' || !__CIE_HINTS__) return [];
  return hintLines(folderOf(folderUrl), hintedFiles(__CIE_HINTS__.map, tags, { lang }), __CIE_HINTS__.files);
}
