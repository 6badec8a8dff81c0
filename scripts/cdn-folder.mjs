// The CDN layout an editor pins: dist/cdn/cie-widgets@<version>/ holds the one file to
// reference — the loader (components/loader.ts), which fetches only the elements a page
// has — and the elements' own files beside it, so a pinned URL never changes under a site
// (a new version is a new folder). Also writes the snippet to paste, with the
// entry's Subresource Integrity hash: the browser refuses the script if a byte changed.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { hintedFiles, hintLines } from './preload-hints.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);
const folder = `cie-widgets@${pkg.version}`;
const target = new URL(`cdn/${folder}/`, dist);

rmSync(new URL('cdn/', dist), { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(new URL('loader/cie-widgets.js', dist), new URL('cie-widgets.js', target));
// The loader's map of files: what the snippet's preload lines are made from.
cpSync(new URL('loader/files.json', dist), new URL('files.json', target));
// Optional, for a theme's <head>: the space each tag keeps from the first paint (the loader keeps it from when it runs).
cpSync(new URL('loader/cie-widgets.css', dist), new URL('cie-widgets.css', target));
cpSync(new URL('elements/', dist), new URL('elements/', target), { recursive: true });
// The licence notices of what the files bundle (Lit, zod), which a redistribution carries.
for (const file of ['settings.schema.json', 'custom-elements.json', 'THIRD-PARTY-NOTICES.txt']) cpSync(new URL(file, dist), new URL(file, target));
cpSync(new URL('../LICENSE', dist), new URL('LICENSE', target));
// The configurator, one file that works offline: an editor opens it from the folder they host.
cpSync(new URL('configurator/configurator.html', dist), new URL('configurator.html', target));

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(new URL(path, target))).digest('base64')}`;
const integrity = sri('cie-widgets.js');
// Every script's hash: a preload line for it carries its integrity as the script line does.
const scripts = readdirSync(new URL('elements/', target), { recursive: true }).filter((path) => path.endsWith('.js')).map((path) => `elements/${path}`).sort();
const files = Object.fromEntries(scripts.map((path) => [path, sri(path)]));
const map = JSON.parse(readFileSync(new URL('files.json', target), 'utf8'));
const url = `https://YOUR-CDN/${folder}/`;
const blocks = Object.keys(map.elements).map((tag) => [`<!-- ${tag} -->`, ...hintLines(url, hintedFiles(map, [tag]), files)].join('\n'));
const snippet = `<!-- cie-widgets ${pkg.version}: upload this folder to your CDN as ${folder}/ and keep the URL; a new version is a new folder. -->
<script type="module" src="${url}cie-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>
<!-- Optional, right after it: the lines of each element on the page (the configurator writes them for you), so its files come in the same round as the script. Leave out those of elements the page does not have; stale or missing lines only cost time. -->
${blocks.join('\n')}
`;
writeFileSync(new URL('integrity.json', target), `${JSON.stringify({ version: pkg.version, 'cie-widgets.js': integrity, files }, null, 2)}\n`);
writeFileSync(new URL('snippet.html', target), snippet);
console.log(`CDN folder: dist/cdn/${folder}/ (cie-widgets.js ${integrity})`);
