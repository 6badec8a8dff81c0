import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChromium } from './scripts/chromium.mjs';
import { testEndpoints } from './test/server/endpoints.mjs';
import { receiverPlugin } from './test/server/receiver.mjs';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const mockServiceWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

/** The visitor's time zone in tests: far from Rome, so "open now" must not use the device clock's zone. */
export const VISITOR_TIME_ZONE = 'Pacific/Auckland';

/**
 * `emulate-network` from a test (executeServerCommand): throttles the test's own page with
 * the DevTools protocol, as a slow phone connection would; `null` lifts it.
 */
const networkConditions = {
  name: 'cie-network-conditions',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-network') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send(
      'Network.emulateNetworkConditions',
      payload ?? { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
    );
    return true;
  },
};

/**
 * What a test asks of its own page through the browser's protocol: `screenshot` (the page,
 * whole, to dist/screenshots/<name>.png for a reviewer: the build folder, never committed),
 * `emulate-media` (`print` or back to `screen`), `print-pdf` (the page printed to A4 as
 * Chromium prints it; answers its number of pages), `print-sheet` (the text and language of
 * the sheet being printed, read through its closed shadow root as only the browser can),
 * `disk-file` (a file on this machine's disk chosen in a form's file input, as a citizen
 * picks one, then deleted: `{ tag, field, name, base64 }`, then `{ remove: name }`).
 */
const pageCommands = {
  name: 'cie-page-commands',
  async executeCommand({ command, payload, session }) {
    if (!['screenshot', 'emulate-media', 'print-pdf', 'print-sheet', 'disk-file'].includes(command)) return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'print-sheet') return printSheetSeen(page);
    if (command === 'disk-file') return diskFile(page, payload);
    if (command === 'emulate-media') {
      await page.emulateMediaType(payload.media === 'print' ? 'print' : null);
      return true;
    }
    if (command === 'print-pdf') {
      const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
      return { pages: (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length };
    }
    const { mkdir } = await import('node:fs/promises');
    await mkdir('dist/screenshots', { recursive: true });
    const path = `dist/screenshots/${String(payload.name).replace(/[^\w-]/g, '_')}.png`;
    await page.screenshot({ path, fullPage: true });
    return path;
  },
};

/** A real file on disk chosen in `<tag>`'s `#field-<field>` input; or that file deleted. */
async function diskFile(page, { tag, field, name, base64, remove }) {
  const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  if (remove) {
    await rm(diskFiles.get(remove), { force: true });
    return true;
  }
  const path = join(await mkdtemp(join(tmpdir(), 'cie-card-')), name);
  await writeFile(path, Buffer.from(base64, 'base64'));
  diskFiles.set(name, path);
  const input = await page.evaluateHandle((t, f) => globalThis.document.querySelector(t).shadowRoot.querySelector(`#field-${f}`), tag, field);
  await input.uploadFile(path);
  return true;
}
const diskFiles = new Map();

/** The print sheet as the printer gets it: `{ lang, title, text }` from inside its closed shadow root, or null. */
async function printSheetSeen(page) {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const inside = (node) => [...(node.children ?? []), ...(node.shadowRoots ?? [])];
    const find = (node, test) => (test(node) ? node : inside(node).reduce((found, child) => found ?? find(child, test), undefined));
    const text = (node) => (node.nodeType === 3 ? node.nodeValue : inside(node).map(text).join(' '));
    // The protocol gives attributes as [name, value, name, value, …].
    const attribute = (node, name) => {
      const pairs = node.attributes ?? [];
      for (let at = 0; at < pairs.length; at += 2) if (pairs[at] === name) return pairs[at + 1];
      return undefined;
    };
    const box = find(root, (node) => attribute(node, 'class') === 'cie-print-sheet');
    const section = box && find(box, (node) => node.localName === 'section');
    if (!section) return null;
    const title = find(section, (node) => node.localName === 'h1');
    const squash = (words) => words.replace(/\s+/g, ' ').trim();
    return { lang: attribute(section, 'lang'), title: title ? squash(text(title)) : '', text: squash(text(section)) };
  } finally {
    await cdp.detach();
  }
}

export default {
  files: ['test/**/*.test.ts'],
  // Node builds of msw's interceptors import node:http; the browser ones are wanted.
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  concurrency: 1,
  // Bounds for a busy 2-core CI machine, reached only when something is wrong: a test passes
  // as soon as what it waits for shows (test/helpers/wait.ts), so a long bound costs a passing
  // run nothing. The first test of the receiver starts an embedded database (~15 s here).
  testFramework: { config: { timeout: 90_000 } },
  testsFinishTimeout: 20 * 60_000,
  // A test file's page compiled and started, and Chromium launched, on a loaded machine.
  testsStartTimeout: 5 * 60_000,
  browserStartTimeout: 2 * 60_000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { __CIE_VERSION__: JSON.stringify(pkg.version) },
    }),
    networkConditions,
    pageCommands,
    receiverPlugin(),
  ],
  middleware: [
    // msw needs its worker at the site root.
    (ctx, next) => {
      if (ctx.path !== '/mockServiceWorker.js') return next();
      ctx.type = 'application/javascript';
      ctx.body = mockServiceWorker;
    },
    testEndpoints,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChromium(),
        env: { ...process.env, TZ: VISITOR_TIME_ZONE },
        args: [
          '--no-sandbox', // Chromium refuses to run as root without it
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};
