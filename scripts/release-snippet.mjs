// At release (after `npm version` and the build): writes the pinned snippet — this
// version's folder and its entry's Subresource Integrity hash, from
// dist/cdn/cie-widgets@<version>/snippet.html — into README.md between its snippet
// markers, so the README an editor copies from names an exact version and its hash.
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const snippet = readFileSync(new URL(`../dist/cdn/cie-widgets@${pkg.version}/snippet.html`, import.meta.url), 'utf8');
const script = snippet.split('\n').find((line) => line.startsWith('<script'));
if (!script) throw new Error('snippet.html has no <script> line: run the build first');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const marked = /(<!-- pinned-snippet:start -->\n```html\n)<script[^\n]*\n/;
if (!marked.test(readme)) throw new Error('README.md has no pinned snippet between its markers');
writeFileSync(new URL('../README.md', import.meta.url), readme.replace(marked, `$1${script}\n`));
console.log(`README.md: ${script}`);
