// What `npm publish` would ship, checked: every entry the package.json and README promise
// (each element, its types, the JSON Schemas, the manifest, the settings reference, the
// licence) and nothing of the tests, the demo or the sources. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Set(report.files.map((file) => file.path));

const missing = [];
const promised = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/settings.md', 'dist/configurator/configurator.html', 'dist/THIRD-PARTY-NOTICES.txt', pkg.customElements];
// `./cie-*.js` stands for every element: each tag of the build (the loader's map lists them) in each target.
const tags = Object.keys(JSON.parse(readFileSync(new URL('../dist/loader/files.json', import.meta.url), 'utf8')).elements);
for (const [key, target] of Object.entries(pkg.exports)) {
  const paths = (typeof target === 'string' ? [target] : Object.values(target)).map((path) => path.replace(/^\.\//, ''));
  if (!key.includes('*')) {
    promised.push(...paths);
    continue;
  }
  const [before, after] = key.split('*');
  const stars = tags.map((tag) => `./${tag}.js`).filter((name) => name.startsWith(before) && name.endsWith(after)).map((name) => name.slice(before.length, -after.length));
  if (stars.length !== tags.length) missing.push(`an export for each element (${key} matches ${stars.length} of ${tags.length})`);
  for (const star of stars) for (const path of paths) promised.push(path.replaceAll('*', star));
}
missing.push(...promised.filter((path) => !files.has(path)));
// dist/cdn/ is the self-hosting copy of the CDN files: the package has them once, in dist/.
const stray = [...files].filter((path) => /^(test|demo|src|components|scripts|locales|node_modules|\.ci|dist\/cdn)\//.test(path) || /msw|mockServiceWorker/i.test(path));
// An integrator's bundler drops unused code by the /*#__PURE__*/ annotations: the elements keep them.
const chunks = [...files].filter((path) => /^dist\/elements\/.*\.js$/.test(path));
const annotated = chunks.filter((path) => readFileSync(path, 'utf8').includes('__PURE__'));
if (annotated.length === 0) missing.push('/*#__PURE__*/ annotations in dist/elements/ (vite.config.ts)');

console.log(`npm pack: ${files.size} files, ${(report.size / 1024).toFixed(1)} KB packed, ${(report.unpackedSize / 1024).toFixed(1)} KB unpacked`);
if (missing.length || stray.length) {
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (stray.length) console.error(`not for the package: ${stray.join(', ')}`);
  process.exit(1);
}
