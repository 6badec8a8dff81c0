// What the widgets say must be true for any comune, not only the two presets: four invented
// comuni with the patterns real pages show (test/helpers/comuni.ts) get all five elements,
// every guide situation and the service card, in Italian, English and German; nothing a
// comune's settings do not say may show, and what they do say shows.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../components/cie-widgets.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { SITUATIONS } from '../src/settings/lists.js';
import { counterOnly, EMAIL_WITH_MODULE, ONLINE, PUK_ONLY } from './helpers/comuni.js';
import { $, $$, addJsonScript, removeAddedScripts, textOf } from './helpers/dom.js';
import { fillHolder, fillRest, outcome, submit } from './helpers/form.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import type { ReprintRequest } from '../src/requests/schema.js';

const LANGS = ['it', 'en', 'de'] as const;

/** Sentences the widgets may say only where a comune's settings say so, in each language. */
const NOT_WITHOUT_SETTINGS = {
  'a booking': [/Prenota/, /\bBook\b/, /buchen/i],
  'the minors rule': [/Per un minore la richiesta/, /For a minor, a parent/, /Für Minderjährige stellt/],
  'the personal-contacts rule': [/non possono essere già usati/, /cannot already be used by someone else/, /nicht schon von anderen Personen/],
  'a number of PUK tries': [/10 tentativi/, /10 (wrong )?attempts/, /10 Fehlversuch/],
};

/** Every element of the page, in `lang`, on `settings`; the guide once per situation and as the service card. */
async function everything(settings: { id: string; requests: object }, lang: string): Promise<string[]> {
  addJsonScript(settings, { id: `settings-${settings.id}` });
  const config = `settings-${settings.id}`;
  const withContacts = 'contactUpdate' in settings.requests;
  const page = await fixture<HTMLDivElement>(html`<div>
    <cie-reprint-form config=${config} lang=${lang}></cie-reprint-form>
    ${withContacts ? html`<cie-contact-update-form config=${config} lang=${lang}></cie-contact-update-form>` : ''}
    <cie-contacts-card config=${config} lang=${lang}></cie-contacts-card>
    <cie-appointment-link config=${config} lang=${lang}></cie-appointment-link>
    <cie-procedure-guide config=${config} lang=${lang} mode="service-card"></cie-procedure-guide>
    ${SITUATIONS.map((situation) => html`<cie-procedure-guide config=${config} lang=${lang} situation=${situation}></cie-procedure-guide>`)}
  </div>`);
  const elements = [...page.children] as CieElement[];
  await Promise.all(elements.map((el) => el.ready));
  for (const el of elements) expect(el.shadowRoot?.querySelector('.settings-error') ?? null, `${el.localName}: settings refused`).to.equal(null);
  return elements.map((el) => `${el.localName}: ${textOf(el)}`);
}

describe('true for any comune: four invented comuni, every element, three languages', () => {
  afterEach(removeAddedScripts);

  const comuni: [string, () => Promise<{ id: string; requests: object }>][] = [
    ['a counter without appointment', counterOnly],
    ['email with its PDF module', async () => EMAIL_WITH_MODULE],
    ['online', async () => ONLINE],
    ['the PUK only', async () => PUK_ONLY],
  ];
  for (const [pattern, settingsOf] of comuni) {
    for (const lang of LANGS) {
      it(`${pattern} (${lang}): nothing its settings do not say`, async () => {
        const texts = await everything(await settingsOf(), lang);
        for (const [what, patterns] of Object.entries(NOT_WITHOUT_SETTINGS)) {
          for (const text of texts) for (const pattern of patterns) expect(pattern.test(text), `${what} in ${text.slice(0, 400)}`).to.equal(false);
        }
      });
    }
  }

  it('the counter-only comune: where, when, how many, what to bring, and nothing to fill in', async () => {
    await everything(await counterOnly(), 'it');
    const form = document.querySelector('cie-reprint-form')!;
    expect(form.shadowRoot!.querySelector('form, input'), 'nothing to fill in').to.equal(null);
    expect(textOf(form)).to.not.contain('DPR 445');
    expect(textOf(form), 'no warning about writing in a form that is not there').to.not.contain('in questo modulo');
    expect(textOf(form)).to.contain('martedì, giovedì: 8:30–9:00');
    const guide = document.querySelector<CieElement>('cie-procedure-guide[situation=no-contacts]')!;
    // What to have: the comune's list alone, not the card, the codice fiscale and the card number it never asks.
    expect($$(guide, '[part=needs] li').map(textOf)).to.deep.equal(['Un documento d’identità valido']);
    expect(textOf($$(guide, '.facts dd')[0])).to.equal('Subito');
    expect(textOf(guide)).to.contain('Ritira il numero all’ufficio informazioni e attendi la chiamata.');
    expect(textOf(guide)).to.contain('Lo sportello accoglie al massimo 10 richieste al giorno.');
    expect($$(guide, '[part=steps] li').map(textOf)).to.include.members(['Prima parte dei codici: allo sportello, subito.', 'Seconda parte dei codici: per email.']);
    // Delegation, only because its settings say so, with its module.
    expect(textOf(guide)).to.contain('Può presentarla anche una persona delegata dal titolare, con: La delega firmata dal titolare; Una copia del documento d’identità del titolare.');
    const delegation = $$(guide, 'a').find((a) => textOf(a) === '«Delega per la ristampa dei codici PIN e PUK»');
    expect(delegation?.getAttribute('href')).to.equal('https://www.comune.borgosportello.example/moduli/delega-pin-puk.pdf');
    const booking = document.querySelector('cie-appointment-link')!;
    expect(textOf(booking)).to.contain('Allo sportello, senza appuntamento');
    // The service card: its address without a CAP.
    expect(textOf(document.querySelector('cie-procedure-guide[mode=service-card]')!)).to.contain('Piazza Grande 3, Borgo Sportello');
    await expect(guide).to.be.accessible();
    await expect(form).to.be.accessible();
  });

  it('the comune with an email and its PDF module: the module linked by its title, the copy of the card, what to do if nothing arrives', async () => {
    await everything(EMAIL_WITH_MODULE, 'it');
    const guide = document.querySelector<CieElement>('cie-procedure-guide[situation=no-contacts]')!;
    const steps = $$(guide, '[part=steps] li').map(textOf);
    expect(steps[0]).to.equal('Compila il modulo del Comune «Richiesta ristampa PIN e PUK».');
    expect($$(guide, '[part=steps] a')[0].getAttribute('href')).to.equal('https://www.comune.vallemodulo.example/moduli/ristampa-pin-puk.pdf');
    expect(steps).to.include('Prepara una foto o una scansione del fronte e del retro della carta.');
    expect(steps.at(-1)).to.equal('Se non arriva nulla: Scrivi all’ufficio anagrafe indicando il numero della carta.');
    expect(textOf(document.querySelector('cie-appointment-link')!)).to.contain('Non serve un appuntamento');
  });

  it('the comune online that asks only the holder and the contacts: those questions, no copy of the card, that payload', async () => {
    await everything(ONLINE, 'it');
    const form = document.querySelector<CieReprintForm>('cie-reprint-form')!;
    const asked = $$(form, 'input, select, textarea')
      .map((input) => input.getAttribute('name'))
      .filter((name) => name && name !== 'website');
    expect([...new Set(asked)]).to.deep.equal(['holderGivenName', 'holderFamilyName', 'holderCodiceFiscale', 'cardNumber', 'codes', 'halves', 'email', 'mobile', 'privacyRead']);
    await fillHolder(form);
    await fillRest(form);
    // An integrator takes the request over: what it would send, without a server.
    form.addEventListener('cie-submit', (event) => event.preventDefault(), { once: true });
    const submitting = oneEvent(form, 'cie-submit');
    await submit(form);
    const { payload } = (await submitting).detail as { payload: ReprintRequest };
    expect(payload.contacts).to.deep.equal({ email: 'mario.rossi@example.it', mobile: '+393331234567' });
    expect(payload.attachments).to.deep.equal([]);
    expect(payload.applicant).to.equal(undefined);
  });

  it('the comune that reprints the PUK only: it is not asked which codes, the PUK is what is sent, and then a new PIN with it', async () => {
    await everything(PUK_ONLY, 'it');
    const form = document.querySelector<CieReprintForm>('cie-reprint-form')!;
    expect(textOf($(form, '#form-heading')!)).to.equal('Richiesta di ristampa del codice PUK');
    expect($(form, '#field-codes')).to.equal(null);
    expect(textOf($(form, '#field-halves')!.closest('fieldset')!.querySelector('legend')!)).to.equal('Quale parte del PUK ti manca?');
    await fillHolder(form);
    await fillRest(form);
    const submitting = oneEvent(form, 'cie-submit');
    await submit(form);
    const { payload } = (await submitting).detail as { payload: ReprintRequest };
    expect(payload.codes).to.deep.equal({ which: 'puk', halves: 'second' });
    const body = decodeURIComponent((await outcome(form)).querySelector('a')!.getAttribute('href')!.split('body=')[1]);
    expect(body).to.contain('Codici da ristampare: PUK – Seconda parte');
    const guide = document.querySelector<CieElement>('cie-procedure-guide[situation=no-contacts]')!;
    expect(textOf($(guide, '#path-heading')!)).to.equal('Chiedi al Comune la ristampa del PUK');
    expect($$(guide, '[part=steps] li').map(textOf)).to.include('Con il PUK ristampato scegli un nuovo PIN: nell’app CieID, dal menu «Sblocca carta».');
    const card = document.querySelector<CieElement>('cie-procedure-guide[mode=service-card]')!;
    expect(textOf(card)).to.contain('Il codice PUK della carta d’identità elettronica, con cui scegliere un nuovo PIN');
    expect(textOf(card)).to.not.contain('I codici PIN e PUK della carta');
  });

  describe('the presets, sentence by sentence against their pages (shared/seeds/)', () => {
    const guideOn = async (comune: string, situation: string) => {
      const page = await fixture<HTMLDivElement>(html`<div><cie-procedure-guide comune=${comune} situation=${situation} lang="it"></cie-procedure-guide></div>`);
      const guide = page.firstElementChild as CieElement;
      await guide.ready;
      return guide;
    };

    it('Trento: its module named and where it is, the minors rule (its page says it), no personal-contacts rule (it does not)', async () => {
      const guide = await guideOn('trento', 'no-contacts');
      const steps = $$(guide, '[part=steps] li').map(textOf);
      expect(steps[0]).to.equal(
        'Compila il modulo del Comune «richiesta ristampa pin/puk» (in fondo alla pagina «Recupero credenziali PIN e PUK della carta d’identità elettronica» del sito del Comune).',
      );
      expect(textOf(guide)).to.contain('Per un minore la richiesta la presenta un genitore o il tutore.');
      const contacts = await guideOn('trento', 'update-contacts');
      expect(textOf(contacts)).to.not.match(/personali/);
      // Its page gives a time for the codes only.
      expect($$(contacts, '.facts dt').map(textOf)).to.deep.equal(['Costo']);
    });

    it('with the form on the same page: for Trento its module is the other way to write the request; for Dalmine still what the counter asks', async () => {
      const stepsWithForm = async (comune: string) => {
        const page = await fixture<HTMLDivElement>(html`<div>
          <cie-procedure-guide comune=${comune} situation="no-contacts" lang="it"></cie-procedure-guide>
          <cie-reprint-form id="richiesta" comune=${comune} lang="it"></cie-reprint-form>
        </div>`);
        const elements = [...page.children] as CieElement[];
        await Promise.all(elements.map((el) => el.ready));
        return $$(elements[0], '[part=steps] li').map(textOf);
      };
      const trento = await stepsWithForm('trento');
      expect(trento[0]).to.equal('Prepara la richiesta con il modulo online');
      expect(trento[1]).to.match(/^Oppure compila il modulo del Comune «richiesta ristampa pin\/puk»/);
      const dalmine = await stepsWithForm('dalmine');
      expect(dalmine[1]).to.match(/^Compila il modulo del Comune «Demografici _ carta identità elettronica/);
      expect(dalmine[2]).to.equal('Prepara il riepilogo dei dati da portare con il modulo qui');
    });

    it('Dalmine: its module for each request, the personal-contacts rule (its page says it), no minors rule (it does not)', async () => {
      const guide = await guideOn('dalmine', 'no-contacts');
      expect(textOf(guide)).to.not.contain('Per un minore');
      expect($$(guide, '[part=needs] li').map(textOf)).to.deep.equal([
        'La carta d’identità elettronica',
        'Il modulo del Comune, compilato: «Demografici _ carta identità elettronica - richiesta ristampa codici Pin e Puk» (sul sito del Comune, nella sezione modulistica anagrafe)',
        'Il codice fiscale',
        'Il numero della carta (in alto a destra sul fronte)',
        'Un’email personale (non una PEC): lì arriva la seconda parte dei codici',
      ]);
      const contacts = await guideOn('dalmine', 'update-contacts');
      expect(textOf(contacts)).to.contain('Inserisci un’email e un cellulare personali: non possono essere già usati da altre persone.');
      expect(textOf(contacts)).to.contain('«richiesta inserimento contatti»');
    });
  });
});
