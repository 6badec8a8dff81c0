// The release the configurator belongs to: its version, and the pinned script's
// Subresource Integrity hash when the build knows it (the static configurator is built
// after the CDN folder, which computes it; `npm start` has none yet).
import { VERSION } from '../../src/version.js';

declare const __CIE_INTEGRITY__: string | undefined;

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
