// No jump while the elements load: with the CDN loader each tag keeps about the height its
// content will take, before its code arrives and while its settings load, so what the page
// has below does not move under the citizen's eyes (cumulative layout shift).
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { RESERVED_SPACE } from '../src/elements.js';
import { VERSION } from '../src/version.js';

/** The CDN folder on a slow network, nothing cached: each element's files come 800 ms after the loader (test/server/endpoints.mjs). */
const slowCdn = () => `/test-api/cdn-slow/visit-${Math.random().toString(36).slice(2)}/cie-widgets@${VERSION}/`;
const REM = 16;

/**
 * The page's text in Titillium Web, the font of Bootstrap Italia that comuni's sites use, from
 * the package in node_modules: a height measured in the system's default font would change with
 * the fonts a machine has (Liberation's Times makes the contacts card 46 px shorter than DejaVu).
 */
const TITILLIUM = '/node_modules/bootstrap-italia/src/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin';
const WEIGHTS = { regular: 400, 600: 600, 700: 700 };
const pageFont =
  Object.entries(WEIGHTS)
    .map(([file, weight]) => `@font-face{font-family:"Titillium Web";font-weight:${weight};src:url(${TITILLIUM}-${file}.woff2) format("woff2")}`)
    .join('') + 'body{font-family:"Titillium Web",sans-serif}';

interface Shift {
  value: number;
  start: number;
  /** What moved, from where to where (y), for the failure's message. */
  moved: string[];
}

/** A comune's page on a phone (390 × 844): a heading, the tags, a paragraph after them. */
async function phonePage(tags: string, head: (cdn: string) => string = () => '') {
  const cdn = slowCdn();
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '390px', height: '844px', border: '0' });
  frame.srcdoc = `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${pageFont}</style>${head(cdn)}
<script>window.shifts = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push({ value: e.value, start: e.startTime, moved: e.sources.map((s) => (s.node && s.node.localName) + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y)) }); }).observe({ type: 'layout-shift', buffered: true });</script>
<script type="module" src="${cdn}cie-widgets.js"></script>
</head><body style="margin:0"><h1 style="margin:0;height:40px">Carta d’identità: PIN e PUK</h1>${tags}<p id="after">Ultimo aggiornamento: 1 novembre 2026</p></body></html>`;
  document.body.append(frame);
  cleanup.push(() => frame.remove());
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis & { shifts: Shift[] };
  const loaderRan = () => (win as unknown as Record<symbol, unknown>)[Symbol.for('cie-widgets.loader')] !== undefined;
  await waitUntil(loaderRan, 'the loader did not run');
  // The font is here before any element's content (its files come 800 ms later), as a theme's font usually is.
  await Promise.all(Object.values(WEIGHTS).map((weight) => win.document.fonts.load(`${weight} 1rem "Titillium Web"`)));
  expect(win.document.fonts.check('1rem "Titillium Web"'), 'the page font did not load').to.equal(true);
  // The frame where its reservations first apply (a page painted before the loader ran
  // moves then; cie-widgets.css in the <head> avoids that, tested below): counted after it.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  const ranAt = win.performance.now();
  return {
    win,
    top: (selector: string) => win.document.querySelector(selector)!.getBoundingClientRect().top,
    height: (selector: string) => win.document.querySelector(selector)!.getBoundingClientRect().height,
    /** Layout shift since the loader ran (or since the page began: `fromStart`), and what moved. */
    shiftSince: (fromStart = false) => {
      const shifts = win.shifts.filter((shift) => fromStart || shift.start >= ranAt);
      return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), moved: shifts.flatMap((shift) => shift.moved).join(', ') };
    },
  };
}

const cleanup: (() => void)[] = [];

describe('reserved space while the elements load (CDN loader)', () => {
  afterEach(() => cleanup.splice(0).forEach((undo) => undo()));

  it('a second loader of another version does nothing and says so in the console (two script lines, one to remove)', async () => {
    const page = await phonePage(
      '<cie-contacts-card comune="trento"></cie-contacts-card>',
      () => `<script>window[Symbol.for('cie-widgets.loader')] = '0.0.9'; window.warned = []; console.warn = (...words) => window.warned.push(words.join(' '));</script>`,
    );
    const warned = (page.win as unknown as { warned: string[] }).warned;
    await waitUntil(() => warned.length, 'no warning');
    expect(warned[0]).to.match(/^\[cie-widgets\] loader 0\.0\.9 already runs here; this one \(\d+\.\d+\.\d+\) does nothing: keep one script line$/);
    expect(page.win.document.adoptedStyleSheets, 'it reserved no space of its own').to.have.length(0);
  });

  it('a tag keeps its space before its code arrives, and what follows does not move when the content comes', async () => {
    const page = await phonePage('<cie-contacts-card comune="trento"></cie-contacts-card>');
    expect(page.win.customElements.get('cie-contacts-card'), 'still loading').to.equal(undefined);
    const [phone] = RESERVED_SPACE['cie-contacts-card'];
    expect(page.height('cie-contacts-card')).to.equal(phone * REM);
    const before = page.top('#after');
    expect(before).to.be.at.least(40 + phone * REM);

    await waitUntil(() => page.win.customElements.get('cie-contacts-card'), 'the card was not defined');
    const card = page.win.document.querySelector<CieElement>('cie-contacts-card')!;
    await card.ready;
    expect(card.shadowRoot!.textContent).to.contain('0461 884291');
    // The card is about as tall as the space it kept: the paragraph moved a few pixels at most.
    expect(Math.abs(page.top('#after') - before)).to.be.below(0.1 * phone * REM);
    const { total, moved } = page.shiftSince();
    expect(total, moved).to.be.below(0.02);
  });

  it('all five on one phone page: no visible jump from the loader to every element shown', async () => {
    const page = await phonePage(
      `<cie-procedure-guide comune="trento"></cie-procedure-guide><cie-reprint-form id="r" comune="trento"></cie-reprint-form>
       <cie-contact-update-form comune="trento"></cie-contact-update-form><cie-contacts-card comune="trento"></cie-contacts-card>
       <cie-appointment-link comune="trento"></cie-appointment-link>`,
    );
    // Before any code arrived, the first screen is the guide's space, as it will be.
    expect(page.height('cie-procedure-guide')).to.equal(RESERVED_SPACE['cie-procedure-guide'][0] * REM);
    const tags = ['cie-procedure-guide', 'cie-reprint-form', 'cie-contact-update-form', 'cie-contacts-card', 'cie-appointment-link'];
    await waitUntil(() => tags.every((tag) => page.win.customElements.get(tag)), 'not all defined');
    await Promise.all(tags.map((tag) => page.win.document.querySelector<CieElement>(tag)!.ready));
    const { total, moved } = page.shiftSince();
    expect(total, moved).to.be.below(0.02);
  });

  it('with cie-widgets.css in the theme’s <head>, the space is kept from the first paint', async () => {
    const page = await phonePage(
      '<cie-appointment-link comune="trento"></cie-appointment-link>',
      (cdn) => `<link rel="stylesheet" href="${cdn}cie-widgets.css">`,
    );
    await waitUntil(() => page.win.customElements.get('cie-appointment-link'), 'not defined');
    await page.win.document.querySelector<CieElement>('cie-appointment-link')!.ready;
    const { total, moved } = page.shiftSince(true);
    expect(total, `shift over the whole load: ${moved}`).to.be.below(0.02);
  });

  it('the service card, drawn in the page’s own DOM, keeps its space too, and an editor can set another', async () => {
    const page = await phonePage(
      `<cie-procedure-guide comune="trento" mode="service-card"></cie-procedure-guide>
       <cie-contacts-card comune="trento" style="--cie-reserved-height: 5rem"></cie-contacts-card>`,
    );
    expect(page.height('cie-procedure-guide')).to.be.at.least(300 * REM);
    expect(page.height('cie-contacts-card')).to.equal(5 * REM);
    await waitUntil(() => page.win.customElements.get('cie-procedure-guide'), 'not defined');
    // Defined and showing its loading line (its settings or its service-card code on the way): the space stays.
    const guide = page.win.document.querySelector<CieElement>('cie-procedure-guide')!;
    await waitUntil(() => guide.querySelector('.loading') || guide.querySelector('.it-page-section'), 'nothing shown');
    if (guide.querySelector('.loading')) expect(page.height('cie-procedure-guide')).to.be.at.least(300 * REM);
    await guide.ready;
    expect(guide.querySelector('.it-page-section'), 'the service card').to.not.equal(null);
  });
});
