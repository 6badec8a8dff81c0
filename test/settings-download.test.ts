// A settings file that comes late, slowly, not at all, or sealed but wrong: the element ends in
// its content or in the settings problem, with "Riprova" where trying again may help — never
// in an endless "Caricamento…". Against the test runner's own HTTP server.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../components/appointment-link/index.js';
import '../components/contact-update-form/index.js';
import '../components/contacts-card/index.js';
import '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { loadPreset } from '../src/presets/index.js';
import { requestSettingsEarly, settingsDownloadLimits } from '../src/settings/early-request.js';
import { sealed } from '../src/settings/seal.js';
import { $, addJsonScript, captureConsole, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { waitUntil } from './helpers/wait.js';

/** A settings file of the test server under a name of its own: each test starts with nothing cached. */
const fileFor = (query = '') => `/test-api/settings/${Math.random().toString(36).slice(2)}${query}`;
const served = (url: string) => `Ufficio servito da ${new URL(url, location.href).pathname.split('/').pop()}`;
const card = (url: string) => mount<CieElement>(html`<cie-contacts-card config-src=${url} lang="it"></cie-contacts-card>`);
const retryButton = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Riprova');

describe('a settings file that comes late, slowly or not at all', () => {
  const limits = { ...settingsDownloadLimits };
  afterEach(() => {
    Object.assign(settingsDownloadLimits, limits);
    removeAddedScripts();
  });

  it('the element’s code arriving after the file’s time limits have passed: the file the loader asked for is used, not refused', async () => {
    // The limits shortened (15 s and 60 s on a page), the element's code slower than both.
    Object.assign(settingsDownloadLimits, { silenceMs: 1_000, totalMs: 1_500 });
    const url = fileFor();
    void requestSettingsEarly(url); // the CDN loader, as it sees the tag
    // The element's code on a very slow phone: the file's answer waits, unread, meanwhile.
    // (Time passing is the situation tested here, not a wait for a result.)
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const el = await card(url);
    expect(textOf(el)).to.contain(served(url));
  });

  it('a file that trickles in stops at the limit as "could not be downloaded", with Riprova; Riprova then brings it', async () => {
    Object.assign(settingsDownloadLimits, { silenceMs: 1_000, totalMs: 1_500 });
    const name = Math.random().toString(36).slice(2);
    const el = await card(`/test-api/settings/${name}?trickle=100`);
    expect(textOf(el)).to.contain(`Impossibile scaricare le impostazioni da ${location.origin}/test-api/settings/${name}?trickle=100`);
    expect(textOf(el)).to.not.contain('Valore non valido');
    await expect(el).to.be.accessible();
    // The same name, now answered at once: "Riprova" asks for it again.
    el.setAttribute('config-src', `/test-api/settings/${name}`);
    await waitUntil(() => textOf(el).includes(served(name)), 'the file never came');
  });

  it('one 503 is not kept for the page’s life: Riprova asks again, and focus lands on the card', async () => {
    const url = fileFor('?fail=1');
    const el = await card(url);
    expect(textOf(el)).to.contain('Impossibile scaricare le impostazioni');
    retryButton(el)!.focus();
    retryButton(el)!.click();
    await waitUntil(() => textOf(el).includes(served(url)), 'Riprova did not bring the file');
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('heading'), 'focus was lost to the page');
    await expect(el).to.be.accessible();
  });

  it('one 503, then the element added again or another language: the file is asked for again', async () => {
    const url = fileFor('?fail=1');
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('cie-contacts-card') as CieElement;
    el.setAttribute('config-src', url);
    holder.append(el);
    await el.ready;
    expect(textOf(el)).to.contain('Impossibile scaricare le impostazioni');
    el.remove();
    holder.append(el); // a tab shown again, a part of the page rebuilt
    await waitUntil(() => textOf(el).includes(served(url)), 'adding it again did not ask again');

    const other = fileFor('?fail=1');
    const second = await card(other);
    expect(textOf(second)).to.contain('Impossibile scaricare le impostazioni');
    second.setAttribute('lang', 'en');
    await waitUntil(() => textOf(second).includes(served(other)), 'another language did not ask again');
  });

  it('a file that does not answer within the limit: the problem and Riprova, not "Caricamento…"', async () => {
    Object.assign(settingsDownloadLimits, { answerMs: 300 });
    const el = await card('/test-api/requests?delay=5000'); // answers only to POST: a GET waits for nothing
    expect(textOf(el)).to.not.contain('Caricamento');
    expect(retryButton(el)).to.not.equal(undefined);
  });
});

describe('sealed settings that are wrong end in the settings problem, never in "Caricamento…"', () => {
  afterEach(() => removeAddedScripts());

  /** Settings to spoil, typed loosely: what a hand-edited file may hold. */
  type Loose = { office: Record<string, unknown> | null; requests: { reprint: Record<string, unknown> } };
  const seal = async (change: (settings: Loose) => void) => {
    const settings = structuredClone((await loadPreset('dalmine'))!) as unknown as Loose;
    change(settings);
    return sealed(settings);
  };

  it('a sealed file with 100,000 phones is refused at once, before a phone is drawn', async () => {
    const settings = await seal((s) => (s.office!.phones = Array.from({ length: 100_000 }, (_, i) => ({ topic: { it: 'Anagrafe' }, number: `035 ${String(i).padStart(6, '0')}` }))));
    addJsonScript(settings, { id: 'many-phones' });
    const started = performance.now();
    const el = await mount<CieElement>(html`<cie-contacts-card config="many-phones" lang="it"></cie-contacts-card>`);
    expect(textOf(el)).to.contain('Valore non valido: office.phones');
    expect($(el, 'a[href^="tel:035 0"]')).to.equal(null);
    expect(performance.now() - started, 'ms until the problem showed').to.be.below(10_000);
  });

  it('sealed settings of the wrong shape: each of the five elements shows the settings problem', async () => {
    const wrongs: [string, (settings: Loose) => void][] = [
      ['office null', (s) => (s.office = null)],
      ['phones not a list', (s) => (s.office!.phones = 'x')],
      ['a channel nobody knows', (s) => (s.requests.reprint.channel = { type: 'fax' })],
    ];
    const tags = ['cie-contacts-card', 'cie-appointment-link', 'cie-procedure-guide', 'cie-reprint-form', 'cie-contact-update-form'];
    for (const [what, change] of wrongs) {
      addJsonScript(await seal(change), { id: 'wrong-shape' });
      for (const tag of tags) {
        const { result: el } = await captureConsole(async () => {
          const holder = await fixture<HTMLElement>(html`<div></div>`);
          const element = document.createElement(tag) as CieElement;
          element.setAttribute('config', 'wrong-shape');
          element.lang = 'it';
          holder.append(element);
          await element.ready;
          // The element's own loading line (a form's privacy notice may say "Caricamento…" a moment more).
          await waitUntil(() => !element.shadowRoot!.querySelector('div[lang] > p.loading'), `${tag} (${what}) stayed on "Caricamento…"`);
          return element;
        });
        const shown = textOf(el);
        // Either it could use what it needs (a card needs no channel), or it says the service is not available.
        if (!shown.includes('Questo servizio non è disponibile al momento.')) expect(el.shadowRoot!.querySelector('.heading'), `${tag} (${what})`).to.not.equal(null);
      }
      removeAddedScripts();
    }
  });

  it('a contacts card with a `now` that is no date shows the real clock’s day, with a word in the console', async () => {
    const { result: el, warnings } = await captureConsole(() => mount<CieElement>(html`<cie-contacts-card comune="dalmine" now="not a date" lang="it"></cie-contacts-card>`));
    expect(textOf(el)).to.contain('035 369 3799');
    expect(warnings.join(' ')).to.contain('not a date');
  });
});
