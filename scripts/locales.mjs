// Keeps translations honest: extracts every msg() into locales/*.xlf, builds the runtime
// locale modules, and fails when a string has no English or German target.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const bin = 'node_modules/.bin/lit-localize';
for (const command of ['extract', 'build']) {
  execFileSync(bin, [command], { stdio: ['ignore', 'ignore', 'inherit'] });
}
// Each locale split by element, so a page fetches only the strings its elements say.
execFileSync(process.execPath, ['scripts/locale-groups.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
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
  process.exit(1);
}
