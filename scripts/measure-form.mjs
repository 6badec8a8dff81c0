// What the reprint form costs a citizen: the gzip size of its entry with everything it
// loads (static imports, the preset, a locale), and the time from the module starting to
// load to a form ready for input, in headless Chromium, median of several fresh loads.
// Run after `npm run build`: `npm run measure`.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureChromium } from './chromium.mjs';

const RUNS = 7;
const ROOT = process.cwd();
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

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

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(page);
  }
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

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
server.close();

const local = files.map((url) => new URL(url).pathname.slice(1)).filter((path) => path.startsWith('dist/'));
const bytes = local.reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
times.sort((a, b) => a - b);
console.log(`<cie-reprint-form comune="trento">: ${local.length} files, ${(bytes / 1024).toFixed(1)} KB gzip in all`);
for (const path of local) console.log(`  ${path}`);
console.log(`module load → form ready for input: median ${times[RUNS >> 1].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}, ${RUNS} fresh loads, localhost)`);
