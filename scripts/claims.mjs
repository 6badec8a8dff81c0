// `npm run claims -- <preset or settings file> [--write]`: every sentence the five elements
// show for that comune before a citizen answers (the guide in each situation, the service
// card, both forms, the contacts card, the booking card), in Italian, English and German,
// each with where it comes from: a settings field, a national fact with its page
// (src/national.ts), or the widgets' own wording. Read it beside the comune's own page
// before publishing. `--write` (a preset) writes the Italian ledger beside the preset
// (src/presets/<id>.claims.txt), which test/claims.test.ts holds the elements to, each
// settings source with the line of the comune's page (shared/seeds/) that says it.
// Runs on the built CDN folder: `npm run build` first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { claimsPageTags } from './claims-page.js';
import { ensureChromium } from './chromium.mjs';
import { serveFiles } from './serve-files.mjs';

const ROOT = process.cwd();
/** The comuni's own pages the presets were written from, outside the repository (set CIE_SEEDS to move them). */
const SEEDS_DIR = process.env.CIE_SEEDS ?? join(ROOT, '..', 'shared', 'seeds');
const SEED_FILES = { trento: '000_174f06dd16992951.txt', dalmine: '001_e6db9b7a2e278b7d.txt' };

function seedPage(id) {
  const file = SEED_FILES[id] && join(SEEDS_DIR, SEED_FILES[id]);
  return file && existsSync(file) ? { name: SEED_FILES[id].slice(0, 3), lines: readFileSync(file, 'utf8').split('\n') } : undefined;
}

/** A settings value by its path as the ledger names it (`office.phones[0].display`). */
function valueAt(object, path) {
  return path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce((value, key) => value?.[key], object);
}

const comparable = (text) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[«»“”"]/g, '').replace(/\s+/g, ' ').trim();
const words = (text) => comparable(text).match(/[\p{L}\d@.]{4,}/gu) ?? [];

/**
 * Where the comune's page says a settings value: the line holding it (spaces aside, so
 * "(+39)0461 884291" holds "(+39) 0461 884291"); else the line sharing most of its words,
 * as reworded; else that the page does not say it, for the reviewer to justify. A value
 * of several sentences (a description) is tied sentence by sentence.
 */
function pageLine(value, page) {
  const sentences = value.split(/(?<=[.!?])\s+/).filter((sentence) => words(sentence).length);
  if (sentences.length > 1) {
    const ties = sentences.map((sentence) => lineOf(sentence, page));
    const lines = [...new Set(ties.filter((tie) => tie.line >= 0).map((tie) => tie.line + 1))];
    const untied = ties.flatMap((tie, i) => (tie.line < 0 ? [i + 1] : []));
    return `(reworded from page ${page.name} lines ${lines.join(', ') || '–'}${untied.length ? `; sentences ${untied.join(', ')} not on the page` : ''})`;
  }
  const tie = lineOf(value, page);
  if (tie.line < 0) return '(not on the page)';
  return tie.exact ? `(page ${page.name} line ${tie.line + 1})` : `(reworded from page ${page.name} line ${tie.line + 1})`;
}

function lineOf(text, page) {
  const wanted = comparable(text).replace(/ /g, '');
  const exact = page.lines.findIndex((line) => comparable(line).replace(/ /g, '').includes(wanted));
  if (exact >= 0) return { line: exact, exact: true };
  const own = new Set(words(text));
  let best = { line: -1, share: 0 };
  page.lines.forEach((line, i) => {
    const shared = new Set(words(line).filter((word) => own.has(word))).size / (own.size || 1);
    if (shared > best.share) best = { line: i, share: shared };
  });
  return best.share >= 0.6 ? { line: best.line, exact: false } : { line: -1, exact: false };
}
const [what, ...flags] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!what) {
  console.error('Usage: npm run claims -- <preset id (trento, dalmine) or settings file> [--write]');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const loader = `/dist/cdn/cie-widgets@${version}/cie-widgets.js`;
if (!existsSync(join(ROOT, loader))) {
  console.error(`No built CDN folder (${loader}): run \`npm run build\` first.`);
  process.exit(1);
}

// The national facts and the presets, from their TypeScript sources.
const bundled = await build({
  stdin: { contents: "export { NATIONAL_SOURCES } from './src/national.ts'; export { loadPreset, PRESET_IDS } from './src/presets/index.ts';", resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const { NATIONAL_SOURCES, loadPreset, PRESET_IDS } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const isPreset = PRESET_IDS.includes(what);
const settings = isPreset ? await loadPreset(what) : JSON.parse(readFileSync(what, 'utf8'));
if (flags.includes('--write') && !isPreset) {
  console.error('--write is for a preset: its ledger sits beside it in src/presets/.');
  process.exit(2);
}

function pageFor(lang) {
  const source = isPreset ? `comune="${what}"` : 'config="claims-settings"';
  const inline = isPreset ? '' : `<script type="application/json" id="claims-settings">${JSON.stringify(settings).replace(/</g, '\\u003c')}</script>`;
  const tags = claimsPageTags(source, Boolean(settings.requests?.contactUpdate));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="${loader}"></script></head><body>${inline}${tags}</body></html>`;
}

const { origin, close } = await serveFiles({
  root: ROOT,
  allowed: ['dist', 'scripts/claims-page.js'],
  page: (path) => {
    const lang = /^\/claims-(it|en|de)\.html$/.exec(path)?.[1];
    return lang ? pageFor(lang) : undefined;
  },
});

const browser = await puppeteer.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
const ledgers = {};
try {
  for (const lang of ['it', 'en', 'de']) {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/claims-${lang}.html`, { waitUntil: 'load' });
    ledgers[lang] = await tab.evaluate(
      async (settings, national) => {
        const tags = 'cie-procedure-guide, cie-reprint-form, cie-contact-update-form, cie-contacts-card, cie-appointment-link';
        const elements = [...document.querySelectorAll(tags)];
        await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
        await Promise.all(elements.map((el) => el.ready));
        const { sentencesIn, ledger } = await import('/scripts/claims-page.js');
        return ledger(sentencesIn(document.body), settings, national);
      },
      settings,
      NATIONAL_SOURCES,
    );
    await tab.close();
  }
} finally {
  await browser.close();
  close();
}

const name = typeof settings.name === 'string' ? settings.name : settings.name?.it;
for (const [lang, entries] of Object.entries(ledgers)) {
  console.log(`\n${name} — ${lang}: ${entries.length} sentences before a citizen answers, with their sources`);
  for (const { sentence, sources } of entries) console.log(`  «${sentence}»\n      ${sources.join('; ')}`);
}
if (flags.includes('--write')) {
  const file = `src/presets/${what}.claims.txt`;
  const page = seedPage(what);
  if (!page) console.warn(`No page for ${what} in ${SEEDS_DIR}: the settings sources are written without their page lines.`);
  const withLine = (source) => {
    const path = /^settings (\S+)$/.exec(source)?.[1];
    const value = path && valueAt(settings, path);
    if (!page || typeof value !== 'string') return source;
    // The comune's own name is who speaks, not a claim its page makes.
    return /^name(\.\w+)?$/.test(path) ? `${source} (the comune's name)` : `${source} ${pageLine(value, page)}`;
  };
  const lines = ledgers.it.map(({ sentence, sources }) => `${sentence}  ⟵ ${sources.map(withLine).join('; ')}`);
  // The review's notes (`#` lines at the top) stay: they say what was checked and what is still open.
  const notes = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('#')) : [];
  writeFileSync(file, `${[...notes, ...lines].join('\n')}\n`);
  console.log(`\nWrote ${file}: ${lines.length} sentences. Check each against the comune's page (shared/seeds/) before committing.`);
}
