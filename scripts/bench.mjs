// `npm run bench` (after the build): what a citizen's phone pays for the reprint form, ours
// (the CDN file an editor pastes) beside the same form in Form.io's renderer, alternating
// runs, on loopback and on a phone profile (DevTools protocol: 150 ms round trip, 1.6 Mbps
// down, 750 kbps up, CPU 4× slower). Also the contacts card alone and all five elements.
// Prints, per page: gzip JS fetched, sequential round trips after the HTML (the longest
// chain of script requests each sent after the one before it had arrived), time until the first input
// can be typed into, cumulative layout shift. A benchmark, not a test: its figures go in
// docs/benchmark.md and the notes.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { REPRINT_FORMIO } from './bench-formio-form.mjs';
import { hintedFiles, hintLines } from './preload-hints.js';
import { ensureChromium } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_ONLY=card`: only the pages whose name contains it (Form.io's is kept, for the ratios). */
const ONLY = process.env.BENCH_ONLY;
const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN = `/dist/cdn/cie-widgets@${pkg.version}/cie-widgets.js`;
if (!existsSync(join(ROOT, CDN))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

/** Marks the moment an input can take a key, and sums layout shifts, without changing what the page loads. */
const probe = (findInput) => `<script>
  window.cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  (function poll() {
    const input = (${findInput})();
    if (input) { window.beforeInput ??= performance.getEntriesByType('resource').map((e) => e.name); input.focus(); if ((input.getRootNode().activeElement ?? document.activeElement) === input) { window.firstInput = performance.now(); return; } }
    requestAnimationFrame(poll);
  })();
</script>`;
const ours = (body, find, hints = []) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="${CDN}"></script>
${hints.join('\n')}</head><body>${body}${probe(find)}</body></html>`;

/** The preload lines the configurator writes under the script (scripts/preload-hints.js), for these tags. */
const FOLDER = CDN.slice(0, CDN.lastIndexOf('/') + 1);
const pasted = (tags, preset) =>
  hintLines(FOLDER, hintedFiles(JSON.parse(readFileSync(join(ROOT, FOLDER, 'files.json'), 'utf8')), tags, { preset }), JSON.parse(readFileSync(join(ROOT, FOLDER, 'integrity.json'), 'utf8')).files);
const shadowInput = (tag) => `() => document.querySelector('${tag}')?.shadowRoot?.querySelector('input:not([tabindex="-1"])')`;

/** The page's own change over the preset (a script the editor pastes): two sources, checked in the page. */
const PAGE_CHANGE = '<script type="application/json" data-cie-config>{"office": {"email": "anagrafe@comune.esempio.it"}}</script>';

const PAGES = {
  // One preset alone, as a sealed settings file from the configurator: nothing to check.
  'reprint form, settings checked once': ours('<cie-reprint-form comune="trento"></cie-reprint-form>', shadowInput('cie-reprint-form')),
  // The snippet as the configurator writes it: the script, then the preload lines of the form's files.
  'reprint form, pasted snippet': ours('<cie-reprint-form comune="trento"></cie-reprint-form>', shadowInput('cie-reprint-form'), pasted(['cie-reprint-form'], 'trento')),
  // The integrator's own endpoint over the preset: a plain address needs no checker either.
  'reprint form, preset + endpoint': ours('<cie-reprint-form comune="trento" endpoint="/api/reprint"></cie-reprint-form>', shadowInput('cie-reprint-form')),
  'reprint form, settings checked in the page': ours(`${PAGE_CHANGE}<cie-reprint-form comune="trento"></cie-reprint-form>`, shadowInput('cie-reprint-form')),
  'reprint form, Form.io': `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/node_modules/@formio/js/dist/formio.form.min.css">
<script src="/node_modules/@formio/js/dist/formio.form.min.js"></script></head><body><div id="form"></div>
<script>Formio.createForm(document.getElementById('form'), ${JSON.stringify(REPRINT_FORMIO)});</script>
${probe(`() => document.querySelector('#form input[type=radio], #form input[type=text]')`)}</body></html>`,
  'contacts card only': ours('<cie-contacts-card comune="trento"></cie-contacts-card>', `() => document.querySelector('cie-contacts-card')?.shadowRoot?.querySelector('a')`),
  'all five elements': ours(
    `<cie-procedure-guide comune="trento"></cie-procedure-guide><cie-reprint-form id="r" comune="trento" endpoint="/api/reprint"></cie-reprint-form>
<cie-contact-update-form comune="trento"></cie-contact-update-form><cie-contacts-card comune="trento"></cie-contacts-card><cie-appointment-link comune="trento"></cie-appointment-link>`,
    shadowInput('cie-reprint-form'),
  ),
};
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const name = path.slice(1);
  if (PAGES[name]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(PAGES[name]);
  }
  const file = normalize(join(ROOT, path));
  const allowed = [join(ROOT, 'dist'), join(ROOT, 'node_modules/@formio/js/dist')].some((dir) => file.startsWith(dir));
  if (!allowed || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const PROFILES = {
  loopback: null,
  phone: { network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 }, cpu: 4 },
};

const browser = await puppeteer.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'] });

async function measure(name, profile) {
  const context = await browser.createBrowserContext(); // a fresh cache every run
  const tab = await context.newPage();
  await tab.setViewport({ width: 390, height: 844 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', profile.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  // Sequential round trips: a request waited on every request that had finished before it
  // was sent; its depth is one more than the deepest of those (the HTML is 0).
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type, timestamp }) => {
    if (!requests.has(requestId)) requests.set(requestId, { url: request.url, type, sent: timestamp, done: Infinity });
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    const entry = requests.get(requestId);
    if (entry) entry.done = timestamp;
  });
  await tab.goto(`${origin}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
  await tab.waitForFunction('window.firstInput !== undefined', { timeout: 120_000 });
  await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts count too
  const { firstInput, cls, beforeInput } = await tab.evaluate('({ firstInput: window.firstInput, cls: window.cls, beforeInput: window.beforeInput })');
  await context.close();
  const all = [...requests.values()].sort((a, b) => a.sent - b.sent);
  for (const request of all) {
    const waitedOn = all.filter((other) => other !== request && other.done <= request.sent);
    request.depth = request.type === 'Document' ? 0 : 1 + Math.max(0, ...waitedOn.map((other) => other.depth ?? 0));
  }
  // What the page fetched before its first input took the focus, and what came once it had
  // (a form's code for sending, asked for on the citizen's first focus).
  const loaded = new Set(beforeInput);
  const ours = all.filter((r) => r.type === 'Script' && r.url.startsWith(origin));
  const paths = (requests) => [...new Set(requests.map((r) => new URL(r.url).pathname))];
  const gzipOf = (list) => list.reduce((sum, path) => sum + gzipSync(readFileSync(join(ROOT, path)), { level: 9 }).length, 0);
  const scripts = paths(ours.filter((r) => loaded.has(r.url)));
  const later = paths(ours.filter((r) => !loaded.has(r.url)));
  const trips = Math.max(0, ...all.filter((r) => r.type === 'Script' && loaded.has(r.url)).map((r) => r.depth));
  return { bytes: gzipOf(scripts), laterBytes: gzipOf(later), trips, firstInput, cls, files: scripts.length };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const results = {};
for (const [profileName, profile] of Object.entries(PROFILES)) {
  for (let run = 0; run < RUNS; run++) {
    // Alternating pages, so a slower moment of the machine hits all of them alike.
    for (const name of Object.keys(PAGES).filter((page) => !ONLY || page.includes(ONLY) || page.includes('Form.io'))) {
      (results[`${profileName}|${name}`] ??= []).push(await measure(name, profile));
    }
  }
}
await browser.close();
server.close();

console.log(`\nnpm run bench: ${RUNS} fresh loads per page and profile, medians; JS gzip -9 as fetched\n`);
console.log('| profile | page | JS (gzip) | files | round trips after HTML | first typeable input | CLS | then, on first focus |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const summary = {};
for (const [key, runs] of Object.entries(results)) {
  const [profileName, name] = key.split('|');
  const row = { kb: median(runs.map((r) => r.bytes)) / 1024, laterKb: median(runs.map((r) => r.laterBytes)) / 1024, files: median(runs.map((r) => r.files)), trips: median(runs.map((r) => r.trips)), ms: median(runs.map((r) => r.firstInput)), cls: median(runs.map((r) => r.cls)) };
  summary[key] = row;
  console.log(`| ${profileName} | ${name} | ${row.kb.toFixed(1)} KB | ${row.files} | ${row.trips} | ${row.ms.toFixed(0)} ms | ${row.cls.toFixed(3)} | ${row.laterKb ? `+${row.laterKb.toFixed(1)} KB` : '–'} |`);
}
for (const profileName of Object.keys(PROFILES)) {
  const formio = summary[`${profileName}|reprint form, Form.io`];
  for (const ours of ['reprint form, settings checked once', 'reprint form, pasted snippet', 'reprint form, preset + endpoint', 'reprint form, settings checked in the page']) {
    const a = summary[`${profileName}|${ours}`];
    if (!a) continue; // left out by BENCH_ONLY
    console.log(`${profileName}, ${ours}: Form.io ships ${(formio.kb / a.kb).toFixed(1)}× the JS; ours is typeable ${(formio.ms / a.ms).toFixed(1)}× sooner.`);
  }
}
