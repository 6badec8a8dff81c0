// What the reprint form costs a citizen: the gzip size of its entry with everything it
// loads (static imports, the preset, a locale), and the time from the module starting to
// load to a form ready for input, in headless Chromium, median of several fresh loads.
// Run after `npm run build`: `npm run measure`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureChromium } from './chromium.mjs';
import { serveFiles } from './serve-files.mjs';

const RUNS = 7;
const ROOT = process.cwd();

const page = `<!doctype html><html lang="it"><body>
<cie-reprint-form comune="trento" endpoint="/api/reprint"></cie-reprint-form>
<script type="module">
  const started = performance.now();
  await import('/dist/elements/cie-reprint-form.js');
  const form = document.querySelector('cie-reprint-form');
  await form.ready;
  const input = form.shadowRoot.querySelector('#field-holderCodiceFiscale');
  input.focus();
  window.readyAfter = form.shadowRoot.activeElement === input ? performance.now() - started : NaN;
  window.loaded = performance.getEntriesByType('resource').map((e) => e.name);
</script></body></html>`;

const { origin, close } = await serveFiles({ root: ROOT, allowed: ['dist'], page: (path) => (path === '/' ? page : undefined) });

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
});
const times = [];
let files = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.createBrowserContext(); // fresh cache every run
  const tab = await context.newPage();
  await tab.goto(origin, { waitUntil: 'load' });
  await tab.waitForFunction('window.readyAfter !== undefined', { timeout: 10_000 });
  times.push(await tab.evaluate('window.readyAfter'));
  files = await tab.evaluate('window.loaded');
  await context.close();
}
await browser.close();
close();

const local = files.map((url) => new URL(url).pathname.slice(1)).filter((path) => path.startsWith('dist/'));
const bytes = local.reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
times.sort((a, b) => a - b);
console.log(`<cie-reprint-form comune="trento">: ${local.length} files, ${(bytes / 1024).toFixed(1)} KB gzip in all`);
for (const path of local) console.log(`  ${path}`);
console.log(`module load → form ready for input: median ${times[RUNS >> 1].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}, ${RUNS} fresh loads, localhost)`);
