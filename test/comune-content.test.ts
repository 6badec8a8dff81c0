// What each comune's widgets say is what its own page says (shared/seeds/), nothing more:
// Trento's codes come in two parts, the second by email in 5 working days, and only its
// identity-card line is a phone for this service; Dalmine books on its own site, which its
// page does not link, and confirms a contact update with two emails.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../components/cie-widgets.js';
import type { CieContactUpdateForm } from '../components/contact-update-form/index.js';
import type { CieContactsCard } from '../components/contacts-card/index.js';
import type { CieProcedureGuide } from '../components/procedure-guide/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { $, $$, addJsonScript, exampleSettings, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { submitFilledReprint } from './helpers/form.js';
import { waitUntil } from './helpers/wait.js';

const guide = (comune: string, situation: string) =>
  mount<CieProcedureGuide>(html`<cie-procedure-guide comune=${comune} situation=${situation} lang="it"></cie-procedure-guide>`);
const steps = (el: Element) => $$(el, '[part=steps] li').map(textOf);

describe('each comune’s widgets say what its page says', () => {
  beforeEach(() => sessionStorage.clear());

  it('Trento: the path to the comune says how the codes come back, in the page’s words', async () => {
    const el = await guide('trento', 'no-contacts');
    expect(steps(el).at(-1)).to.equal('Poi: Ricevi la prima parte dei codici e, entro 5 giorni lavorativi, la seconda parte al tuo indirizzo email.');
    await expect(el).to.be.accessible();
  });

  it('Trento: help and a failed request point to the identity card’s line, never to residence or certificates', async () => {
    const el = await guide('trento', 'no-contacts');
    const help = textOf($(el, '[part=help]')!);
    expect(help).to.contain('(+39) 0461 884291');
    expect(help).to.not.contain('884067');
    expect(help).to.not.contain('884329');
  });

  it('Trento: the email prepared for the office can be copied with one button, and says what follows', async () => {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" lang="it"></cie-reprint-form>`);
    const receipt = await submitFilledReprint(el);
    expect(textOf(receipt)).to.contain('Poi: Ricevi la prima parte dei codici');
    const copy = [...receipt.querySelectorAll('button')].find((b) => textOf(b) === 'Copia il testo')!;
    copy.click();
    // Copied, or (where the browser refuses the clipboard) told to select it, in a live region: never silent.
    const status = receipt.querySelector('.copy-status')!;
    await waitUntil(() => textOf(status), 'the copy button said nothing');
    expect(status.getAttribute('role')).to.equal('status');
    expect(['Testo copiato', 'Seleziona il testo e copialo']).to.include(textOf(status));
    await expect(el).to.be.accessible();
  });

  it('Dalmine: the contacts card says how to reach the counter and links the comune’s site, not only the facilitatore', async () => {
    const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="dalmine" lang="it"></cie-contacts-card>`);
    expect(textOf(el)).to.contain('Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune');
    const site = $$(el, 'a').find((a) => textOf(a) === 'Sito del Comune di Dalmine');
    expect(site?.getAttribute('href')).to.equal('https://www.comune.dalmine.bg.it');
    await expect(el).to.be.accessible();
  });

  it('Dalmine: "what you need" names each thing once', async () => {
    const el = await guide('dalmine', 'no-contacts');
    const needs = $$(el, '[part=needs] li').map(textOf);
    expect(needs.length).to.be.greaterThan(2);
    expect(new Set(needs.map((n) => n.toLowerCase())).size).to.equal(needs.length);
    expect(needs.filter((n) => /carta d.identità elettronica$/i.test(n))).to.have.length(1);
    expect(needs.join(' ')).to.not.contain("'"); // one kind of apostrophe, the typographic one
  });

  it('Dalmine: the guide links the form on the same page for the summary to bring', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <cie-procedure-guide comune="dalmine" situation="no-contacts" lang="it"></cie-procedure-guide>
      <cie-reprint-form id="ristampa" comune="dalmine" lang="it"></cie-reprint-form>
    </div>`);
    const el = page.querySelector<CieProcedureGuide>('cie-procedure-guide')!;
    await el.ready;
    const link = $$(el, '[part=steps] a').find((a) => textOf(a) === 'Prepara il riepilogo dei dati da portare con il modulo qui');
    expect(link?.getAttribute('href')).to.equal('#ristampa');
  });
});

describe('only what a page uses is required', () => {
  afterEach(() => removeAddedScripts());

  it('settings without requests.contactUpdate: the reprint form and the guide work; the contact form names what it lacks', async () => {
    const settings = await exampleSettings();
    delete settings.requests.contactUpdate;
    addJsonScript(settings, { id: 'reprint-only' });
    const form = await mount<CieReprintForm>(html`<cie-reprint-form config="reprint-only" lang="it"></cie-reprint-form>`);
    expect($(form, '.settings-error')).to.equal(null);
    expect($(form, '#field-holderCodiceFiscale')).to.not.equal(null);
    const guideEl = await mount<CieProcedureGuide>(html`<cie-procedure-guide config="reprint-only" situation="update-contacts" lang="it"></cie-procedure-guide>`);
    expect(steps(guideEl).join(' ')).to.contain('Chiedi all’ufficio del Comune');
    const contacts = await mount<CieContactUpdateForm>(html`<cie-contact-update-form config="reprint-only" lang="it"></cie-contact-update-form>`);
    expect(textOf($(contacts, '.settings-error')!)).to.contain('Campo obbligatorio mancante: requests.contactUpdate');
  });
});

describe('nothing shown that the settings or the national facts do not hold', () => {
  /** Every string in an object, deeply: where a shown link must come from. */
  const stringsOf = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
  const allLinks = (el: Element): string[] => {
    const roots = [el, ...(el.shadowRoot ? [el.shadowRoot] : [])];
    return roots.flatMap((root) => [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
  };

  for (const comune of ['trento', 'dalmine']) {
    it(`${comune}: every phone, email and web link in every element and situation comes from its preset or the Ministry`, async () => {
      const { default: preset } = await import(`../src/presets/${comune}.ts`);
      const { NATIONAL_DEFAULTS } = await import('../src/national.ts');
      const known = new Set(
        [...stringsOf(preset), ...stringsOf(NATIONAL_DEFAULTS)].flatMap((s) => [s, `tel:${s}`, `mailto:${s}`]),
      );
      const shown = new Set<string>();
      const templates = [
        html`<cie-contacts-card comune=${comune} lang="it"></cie-contacts-card>`,
        html`<cie-appointment-link comune=${comune} lang="it"></cie-appointment-link>`,
        html`<cie-procedure-guide comune=${comune} mode="service-card" lang="it"></cie-procedure-guide>`,
        html`<cie-reprint-form comune=${comune} lang="it"></cie-reprint-form>`,
        html`<cie-contact-update-form comune=${comune} lang="it"></cie-contact-update-form>`,
        ...['pin-forgotten', 'pin-blocked', 'puk-lost', 'both-lost', 'no-contacts', 'activate', 'update-contacts'].map(
          (situation) => html`<cie-procedure-guide comune=${comune} situation=${situation} lang="it"></cie-procedure-guide>`,
        ),
      ];
      for (const template of templates) for (const href of allLinks(await mount(template))) shown.add(href);
      // Links within the page (between the guide's situations, to a form) are not the comune's claims.
      const external = [...shown].filter((href) => new URL(href, location.href).origin !== location.origin);
      expect(external.length).to.be.greaterThan(3);
      // The Ministry's own pages (CieID app, CIE site) are national facts too.
      const unexplained = external.filter((href) => !known.has(href) && !href.startsWith('https://www.cartaidentita.interno.gov.it/'));
      expect(unexplained, 'links the settings do not hold').to.deep.equal([]);
    });
  }
});
