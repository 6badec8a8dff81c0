// Keeps translations honest: extracts every msg() into locales/*.xlf, builds the runtime
// locale modules, and fails when a string has no English or German target. With --warn
// (`npm start`, `npm run typecheck`) it says so and goes on: a sentence being written
// shows in Italian on English and German pages until translated; the build still fails.
// lit-localize reads the whole TypeScript program (about 15 s): when nothing it reads has
// changed since its last successful run, that run's output stands and it is not run again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const stamp = join(config.output.outputDir, '.inputs');

/** A hash of everything the run reads: the sources (src/ and components/, not what it generates), the translations, its own configuration and scripts. */
function inputsHash() {
  const hash = createHash('sha256');
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
      .filter((file) => !file.startsWith('src/generated'));
  const inputs = [...files('src'), ...files('components'), ...files('locales'), 'lit-localize.json', 'tsconfig.json', 'tsconfig.localize.json', 'scripts/locales.mjs', 'scripts/locale-groups.mjs', 'node_modules/@lit/localize-tools/package.json'];
  for (const file of inputs.sort()) hash.update(`${file}\n${readFileSync(file)}\n`);
  return hash.digest('hex');
}

const before = inputsHash();
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === before && config.targetLocales.every((l) => existsSync(join(config.output.outputDir, `${l}.ts`)))) process.exit(0);

const bin = 'node_modules/.bin/lit-localize';
for (const command of ['extract', 'build']) {
  execFileSync(bin, [command], { stdio: ['ignore', 'ignore', 'inherit'] });
}
// Each locale split by element, so a page fetches only the strings its elements say.
execFileSync(process.execPath, ['scripts/locale-groups.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });

let missing = 0;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8');
  for (const unit of xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)) {
      missing++;
      const source = unit.match(/<source>([\s\S]*?)<\/source>/)?.[1];
      console.error(`locales/${locale}.xlf: no translation for ${source}`);
    }
  }
}
if (missing) {
  console.error(`${missing} string(s) lack a translation: add a <target> to each.`);
  if (!process.argv.includes('--warn')) process.exit(1);
  console.error('Going on (--warn): English and German pages show these in Italian; `npm run build` fails until they are translated.');
  process.exit(0); // no stamp: the next run checks again
}
// After the run: extract may have rewritten locales/*.xlf, which the next run reads.
writeFileSync(stamp, inputsHash());
