import { expect, fixture, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../components/procedure-guide/index.js';
import type { CieProcedureGuide } from '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { $, $$, addJsonScript, mount, removeAddedScripts, textOf } from './helpers/dom.js';

const pageUrl = location.href;
const situationParam = () => new URL(location.href).searchParams.get('cie-situazione');
const pathTitle = (el: Element) => textOf($(el, '#path-heading')!);
const steps = (el: Element) => $$(el, '[part=steps] li').map(textOf);
const stepLinks = (el: Element) => $$(el, '[part=steps] a').map((a) => a.getAttribute('href'));

/** Chooses `situation`, and waits for its path (the paths' code comes on the first answer). */
async function choose(el: CieProcedureGuide, situation: string): Promise<void> {
  $(el, `input[value=${situation}]`)!.click();
  await el.ready;
}

describe('<cie-procedure-guide>', () => {
  afterEach(() => {
    history.replaceState(null, '', pageUrl);
    removeAddedScripts();
  });

  it('is accessible when asking the question, and shows no path yet', async () => {
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
    await expect(el).to.be.accessible();
    expect(textOf($(el, 'legend')!)).to.equal('Qual è la tua situazione?');
    expect($$(el, 'input[type=radio]')).to.have.length(7);
    expect($(el, '[part=path]')).to.equal(null);
  });

  it('while its path is coming, and when it cannot come: said, accessible, with a way to try again', async () => {
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
    // The paths' code still on its way (a slow phone): held back here by a load that never ends.
    const inside = el as unknown as { pathsLoading?: Promise<unknown>; pathsMissing: boolean };
    inside.pathsLoading = new Promise(() => undefined);
    $(el, 'input[value=puk-lost]')!.click();
    await el.updateComplete;
    expect(textOf($(el, '[part=card] > div [role=status]')!)).to.equal('Caricamento…');
    expect($(el, '#path-heading')).to.equal(null);
    await expect(el).to.be.accessible();
    // It did not arrive (the connection dropped).
    inside.pathsLoading = undefined;
    inside.pathsMissing = true;
    await el.updateComplete;
    expect(textOf($(el, '[role=alert]')!)).to.contain('Questa parte della guida non è arrivata');
    await expect(el).to.be.accessible();
    // "Riprova" asks again; here it arrives, and the focus goes to the path.
    ($(el, '.retry') as HTMLButtonElement).click();
    await el.ready;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'path-heading', 'the focus did not go to the path');
    expect(pathTitle(el)).to.equal('PUK perso: recuperalo con l’app CieID');
    expect($(el, '[role=alert]')).to.equal(null);
  });

  describe('each situation reaches its path', () => {
    it('PIN forgotten → CieID «Sblocca carta», immediate, free', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'pin-forgotten');
      expect(pathTitle(el)).to.equal('PIN dimenticato: scegline uno nuovo con il PUK');
      expect(steps(el)[1]).to.equal('Dal menu scegli «Sblocca carta».');
      expect(textOf($(el, '.facts')!)).to.contain('Subito');
      expect(textOf($(el, '.facts')!)).to.contain('Gratuito');
      expect($(el, '[part=warning]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('PIN blocked → the same path, warned that only the PUK unblocks it (no number of PUK tries: no Ministry page gives one)', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="dalmine" lang="it"></cie-procedure-guide>`);
      await choose(el, 'pin-blocked');
      expect(steps(el)[1]).to.equal('Dal menu scegli «Sblocca carta».');
      const warning = textOf($(el, '[part=warning]')!);
      expect(warning).to.contain('Il PIN si blocca dopo 3 tentativi sbagliati e si sblocca solo con il PUK.');
      expect(warning).to.not.contain('10');
      await expect(el).to.be.accessible();
    });

    it('PUK lost → «Recupero PUK»: NFC, card number, 48 hours', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'puk-lost');
      expect(steps(el)).to.include('Dal menu dell’app scegli «Recupero PUK».');
      expect(steps(el)).to.include('Inserisci il numero della carta: è in alto a destra sul fronte (per esempio CA00000AA).');
      expect(steps(el).at(-1)).to.equal('Dopo 48 ore ricevi un SMS o un’email: completa la procedura e leggi il PUK.');
      expect(textOf($(el, '.facts')!)).to.contain('48 ore');
    });

    it('both lost → «Recupero PUK», then «Sblocca carta»', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'both-lost');
      expect(steps(el).at(-1)).to.equal('Con il PUK, scegli «Sblocca carta» nell’app e imposta un nuovo PIN.');
    });

    it('no contacts, Trento → the request by email with a copy of the card, 5 working days', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'no-contacts');
      expect(pathTitle(el)).to.equal('Chiedi al Comune la ristampa di PIN e PUK');
      expect(steps(el)).to.include('Prepara una foto o una scansione del fronte e del retro della carta.');
      expect(stepLinks(el)).to.include('mailto:ufficio.anagrafe@comune.trento.it');
      expect(textOf($(el, '.facts')!)).to.contain('entro 5 giorni lavorativi');
      expect(textOf(el)).to.contain('Un’email personale (non una PEC)');
      await expect(el).to.be.accessible();
    });

    it('no contacts, Trento with the reprint form on the same page → a link to the form', async () => {
      const page = await fixture(html`<div>
        <cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>
        <cie-reprint-form id="richiesta-ristampa"></cie-reprint-form>
      </div>`);
      const el = page.querySelector<CieProcedureGuide>('cie-procedure-guide')!;
      await el.ready;
      await choose(el, 'no-contacts');
      expect(stepLinks(el)[0]).to.equal('#richiesta-ristampa');
      expect(textOf($(el, '[part=steps] a')!)).to.equal('Prepara la richiesta con il modulo online');
    });

    it('no contacts, Dalmine → an appointment at the counter, 30 days, the facilitatore', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="dalmine" lang="it"></cie-procedure-guide>`);
      await choose(el, 'no-contacts');
      expect(steps(el)[0]).to.equal('Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune, www.comune.dalmine.bg.it.');
      expect(stepLinks(el)).to.not.include('https://www.comune.dalmine.bg.it');
      expect(textOf(el)).to.contain('entro 30 giorni');
      expect(textOf($(el, '[part=help]')!)).to.contain('Facilitatore digitale (su appuntamento): 035 369 3799');
      await expect(el).to.be.accessible();
    });

    it('activate credentials → levels 1, 2 and 3', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="dalmine" lang="it"></cie-procedure-guide>`);
      await choose(el, 'activate');
      expect(steps(el).join(' ')).to.contain('Livelli 1 e 2, senza leggere la carta');
      expect(steps(el).join(' ')).to.contain('Livello 3, leggendo la carta');
      expect(textOf(el)).to.contain('La prima metà del PUK');
    });

    it('update contacts → the Ministry portal first, then the comune', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="dalmine" lang="it"></cie-procedure-guide>`);
      await choose(el, 'update-contacts');
      expect(stepLinks(el)[0]).to.equal('https://www.cartaidentita.interno.gov.it/assistenza/');
      expect(textOf(el)).to.contain('Se non riesci da solo, chiedi al Comune');
      expect(steps(el).join(' ')).to.contain('Poi: A procedura ultimata ricevi due email, una dal Ministero dell’Interno e una dal Comune');
      await expect(el).to.be.accessible();
    });

    it('always offers the Ministry’s help line', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'puk-lost');
      const help = $(el, '[part=help]')!;
      expect([...help.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members([
        'tel:+390461884291',
        'tel:+390642985699',
        'mailto:cie.cittadini@interno.it',
      ]);
    });
  });

  describe('the URL', () => {
    it('a deep link opens the guide on its path', async () => {
      history.replaceState(null, '', '?cie-situazione=both-lost');
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      expect(pathTitle(el)).to.equal('PIN e PUK persi: recupera il PUK con l’app CieID, poi scegli un nuovo PIN');
      expect(($(el, 'input[value=both-lost]') as HTMLInputElement).checked).to.equal(true);
    });

    it('an answer goes into the URL, and Back returns to the question', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'pin-forgotten');
      await choose(el, 'puk-lost'); // changing the answer replaces the entry
      expect(situationParam()).to.equal('puk-lost');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(situationParam()).to.equal(null);
      expect($(el, '[part=path]')).to.equal(null);
      expect($$(el, 'input:checked')).to.have.length(0);
    });

    it('links between paths change path without leaving the page', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
      await choose(el, 'puk-lost');
      const toComune = $$(el, '.note a').find((a) => textOf(a).startsWith('Non li hai dati'))!;
      expect(new URL(toComune.getAttribute('href')!).searchParams.get('cie-situazione')).to.equal('no-contacts');
      toComune.click();
      await el.updateComplete;
      expect(situationParam()).to.equal('no-contacts');
      expect(pathTitle(el)).to.equal('Chiedi al Comune la ristampa di PIN e PUK');
      expect(el.shadowRoot!.activeElement?.id).to.equal('path-heading');
    });
  });

  describe('on a phone (360 × 740), the guide takes the citizen where they are sent', () => {
    before(() => setViewport({ width: 360, height: 740 }));
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => window.scrollTo(0, 0));

    const inView = (el: Element) => {
      const { top, bottom } = el.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    };
    /** A finger on `el`, where the citizen sees it (scrolled to it first if it is off-screen, as a thumb would). */
    async function tap(el: Element): Promise<void> {
      if (!inView(el)) el.scrollIntoView({ block: 'center' });
      // A link wrapped over two lines: its first line (the middle of its box may be other words).
      const { left, top, width, height } = el.getClientRects()[0];
      await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
    }
    /** The guide and, below it, the request form with an id, as the README's snippet pastes them. */
    async function guideAndForm(comune: string) {
      const page = await fixture<HTMLDivElement>(html`<div>
        <cie-procedure-guide comune=${comune} lang="it"></cie-procedure-guide>
        <cie-reprint-form id="richiesta" comune=${comune} lang="it"></cie-reprint-form>
      </div>`);
      const guide = page.querySelector<CieProcedureGuide>('cie-procedure-guide')!;
      const form = page.querySelector<CieReprintForm>('cie-reprint-form')!;
      await Promise.all([guide.ready, form.ready]);
      return { guide, form };
    }
    /** The guide's link to the form on this page, once the citizen has said they need the comune. */
    async function linkToForm(guide: CieProcedureGuide) {
      await tap($(guide, 'label[for=situation-no-contacts]')!);
      await guide.ready;
      return $$(guide, '[part=steps] a').find((a) => a.getAttribute('href') === '#richiesta')!;
    }
    const formHeadingFocused = (form: CieReprintForm) =>
      document.activeElement === form && /^h[2-6]$/.test(form.shadowRoot!.activeElement?.localName ?? '');

    it('a tapped answer comes into view, its heading focused, though it renders below the seven options', async () => {
      const { guide } = await guideAndForm('trento');
      await tap($(guide, 'label[for=situation-puk-lost]')!);
      await guide.ready;
      await waitUntil(() => guide.shadowRoot!.activeElement?.id === 'path-heading', 'the focus did not go to the path');
      expect(inView($(guide, '#path-heading')!), 'the path’s heading is on screen').to.equal(true);
      // The focus says it: the live region stays quiet rather than saying it twice.
      expect(textOf($(guide, '#announcement')!)).to.equal('');
      await expect(guide).to.be.accessible();
    });

    it('answers moved through with the arrow keys leave the focus on the options, and each is announced', async () => {
      const { guide } = await guideAndForm('trento');
      ($(guide, 'input[value=pin-forgotten]') as HTMLInputElement).focus();
      await sendKeys({ press: 'ArrowDown' });
      await guide.ready;
      expect(guide.shadowRoot!.activeElement?.getAttribute('value')).to.equal('pin-blocked');
      expect(textOf($(guide, '#announcement')!)).to.equal('Ecco cosa fare: PIN bloccato: sbloccalo con il PUK e scegli un nuovo PIN');
    });

    for (const comune of ['trento', 'dalmine']) {
      it(`${comune}: the step that links the form on the same page brings it into view, focused on its heading, by tap, click and Enter`, async () => {
        const { guide, form } = await guideAndForm(comune);
        const toForm = await linkToForm(guide);
        expect(toForm, 'a step links the form on this page').to.not.equal(undefined);
        await tap(toForm);
        await waitUntil(() => formHeadingFocused(form), 'a tap did not bring the citizen to the form');
        expect(inView($(form, 'h2, h3, h4, h5, h6')!), 'the form’s heading is on screen').to.equal(true);
        expect(location.hash).to.equal('#richiesta');
        expect(situationParam(), 'the answer stays in the address').to.equal('no-contacts');

        window.scrollTo(0, 0);
        (toForm as HTMLAnchorElement).focus();
        expect(formHeadingFocused(form)).to.equal(false);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => formHeadingFocused(form), 'Enter did not bring the citizen to the form');
        expect(inView($(form, 'h2, h3, h4, h5, h6')!)).to.equal(true);

        window.scrollTo(0, 0);
        (toForm as HTMLAnchorElement).focus();
        toForm.click();
        await waitUntil(() => formHeadingFocused(form), 'a click did not bring the citizen to the form');
        expect(pathTitle(guide), 'the guide stays on its answer').to.equal('Chiedi al Comune la ristampa di PIN e PUK');
      });
    }
  });

  it('announces the path that appeared while the focus stays on the options', async () => {
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="en"></cie-procedure-guide>`);
    ($(el, 'input[value=both-lost]') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.ready;
    expect(textOf($(el, '[role=status]')!)).to.equal('Here is what to do: PUK lost: recover it with the CieID app');
  });

  it('can be walked with the keyboard alone', async () => {
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="dalmine" lang="it"></cie-procedure-guide>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('value')).to.equal('pin-forgotten');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.ready;
    expect(situationParam()).to.equal('puk-lost');
    // Into the path: its links, in order, then Enter on "didn't give contacts?".
    for (let i = 0; i < 10 && !textOf(el.shadowRoot!.activeElement ?? el).startsWith('Non li hai dati'); i++) {
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pathTitle(el)).to.equal('Chiedi al Comune la ristampa di PIN e PUK');
    expect(el.shadowRoot!.activeElement?.id).to.equal('path-heading');
  });

  it('prints the chosen path without the question', async () => {
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="it"></cie-procedure-guide>`);
    await choose(el, 'pin-forgotten');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, 'form')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part=path]')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English and German', async () => {
    const en = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" lang="en"></cie-procedure-guide>`);
    await choose(en, 'no-contacts');
    expect(pathTitle(en)).to.equal('Ask the comune to reprint your PIN and PUK');
    expect(textOf($(en, '.facts')!)).to.contain('within 5 working days');
    const de = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="dalmine" lang="de"></cie-procedure-guide>`);
    await choose(de, 'pin-blocked');
    expect(textOf($(de, 'legend')!)).to.equal('Was trifft auf Sie zu?');
    expect(textOf($(de, '[part=warning]')!)).to.contain('Die PIN wird nach 3 Fehlversuchen gesperrt');
    await expect(de).to.be.accessible();
  });

  it('a comune’s own wording of the steps replaces the national one', async () => {
    addJsonScript({ guideSteps: { 'pin-forgotten': ['Passo scritto dal Comune', { it: 'Secondo passo', en: 'Second step' }] } }, { id: 'own-steps' });
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" config="own-steps" lang="en"></cie-procedure-guide>`);
    await choose(el, 'pin-forgotten');
    expect(steps(el)).to.deep.equal(['Passo scritto dal Comune', 'Second step']);
  });

  it('its title fits the page: other words (heading-text), or hidden from sight where the page’s h1 says it (hide-heading), still naming the region', async () => {
    const own = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" heading-text="Hai perso i codici?" lang="it"></cie-procedure-guide>`);
    expect(textOf($(own, '#guide-heading')!)).to.equal('Hai perso i codici?');
    const hidden = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" data-hide-heading lang="it"></cie-procedure-guide>`);
    const title = $(hidden, '#guide-heading')!;
    expect(title.getBoundingClientRect().height).to.be.at.most(1);
    expect(textOf(title)).to.equal('Recupera PIN e PUK della carta d’identità elettronica');
    expect($(hidden, 'section')!.getAttribute('aria-labelledby')).to.equal('guide-heading');
    await expect(hidden).to.be.accessible();
  });

  it('its outline is native headings from heading-level: the guide, its path, the path’s parts', async () => {
    history.replaceState(null, '', '?cie-situazione=both-lost');
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" heading-level="3" lang="it"></cie-procedure-guide>`);
    const outline = $$(el, 'h2, h3, h4, h5, h6, [role=heading]').map((h) => `${h.localName} ${textOf(h)}`);
    expect(outline.slice(0, 4)).to.deep.equal([
      'h3 Recupera PIN e PUK della carta d’identità elettronica',
      'h4 PIN e PUK persi: recupera il PUK con l’app CieID, poi scegli un nuovo PIN',
      'h5 Cosa fare',
      'h5 Cosa ti serve',
    ]);
    expect(outline.filter((line) => !/^h[345] /.test(line)), 'no other level, no role=heading').to.deep.equal([]);
  });

  describe('service card mode (mode="service-card")', () => {
    const MARKERS = ['service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text', 'service-area'];

    it('renders the scheda servizio in the light DOM, with the AgID markers and their text', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" mode="service-card" lang="it"></cie-procedure-guide>`);
      expect(el.shadowRoot).to.equal(null);
      const index = el.querySelector('[data-element="page-index"]')!;
      // As AgID's checker (pa-website-validator-ng) reads it: the marked element's own li children, each with a link.
      // Trento: no optional sections (the full index, read as the checker reads it, is in service-card.test.ts).
      const titles = [...el.querySelectorAll('[data-element="page-index"] > li > a')].map(textOf);
      expect(titles).to.have.length(10);
      expect(titles).to.not.include.members(['Vincoli', 'Documenti', 'Procedure collegate all’esito']);
      for (const marker of MARKERS) {
        const section = el.querySelector(`[data-element="${marker}"]`);
        expect(section, marker).to.not.equal(null);
        expect(textOf(section!).length, marker).to.be.greaterThan(10);
      }
      expect(textOf(el.querySelector('[data-element="service-online-access"]')!)).to.contain('ufficio.anagrafe@comune.trento.it');
      // The index's links lead to the sections.
      for (const a of index.querySelectorAll('a')) expect(el.querySelector(a.getAttribute('href')!)).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('"Condizioni di servizio" links the comune’s terms (AgID’s service-file), else its privacy notice, else nothing invented', async () => {
      const file = async (config: unknown) => {
        addJsonScript(config, { id: 'conditions' });
        const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide comune="trento" config="conditions" mode="service-card" lang="it"></cie-procedure-guide>`);
        const link = el.querySelector('#cie-sc-conditions [data-element="service-file"]');
        removeAddedScripts();
        return link?.getAttribute('href');
      };
      expect(await file({ serviceCard: { conditionsUrl: 'https://www.comune.esempio.it/condizioni.pdf' }, privacyNoticeUrl: 'https://www.comune.esempio.it/privacy' })).to.equal(
        'https://www.comune.esempio.it/condizioni.pdf',
      );
      expect(await file({ privacyNoticeUrl: 'https://www.comune.esempio.it/privacy' })).to.equal('https://www.comune.esempio.it/privacy');
      expect(await file({})).to.equal(undefined);
    });

    it('Dalmine books the counter: booking access, 30 days', async () => {
      const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide data-comune="dalmine" data-mode="service-card" lang="it"></cie-procedure-guide>`);
      expect(el.querySelector('[data-element="service-online-access"]')).to.equal(null);
      const access = el.querySelector('[data-element="service-booking-access"]')!;
      expect(textOf(access)).to.contain('sul sito del Comune, www.comune.dalmine.bg.it');
      expect(textOf(el.querySelector('[data-element="service-calendar-text"]')!)).to.contain('entro 30 giorni');
      expect(textOf(el.querySelector('[data-element="service-area"]')!)).to.equal('Sportello Carte d’Identità');
      // Links between paths stay inside the card.
      expect(el.querySelector('a[href="#cie-path-no-contacts"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
