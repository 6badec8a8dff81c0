// The guide's service card (mode="service-card") as AgID's checker reads a comune's
// service page: the page serialised (document.documentElement.outerHTML, as puppeteer's
// page.content() gives it) and parsed again, so nothing inside a shadow root counts.
// Selectors and required fields as in italia/pa-website-validator-ng (municipality_service,
// municipality_metatag, municipality_booking_appointment). This page has no Bootstrap Italia.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../components/appointment-link/index.js';
import '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { addJsonScript, captureConsole, exampleSettings, mount, removeAddedScripts, textOf } from './helpers/dom.js';

/** The page as the checker gets it: serialised light DOM, parsed without running anything. */
const asTheCheckerReadsIt = () => new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html');

const MANDATORY_INDEX = ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Accedi al servizio', 'Condizioni di servizio', 'Contatti'];
const WITH_TEXT = ['service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text', 'service-area'];

/** The example comune with a booking page and a privacy notice, and the index's optional sections. */
async function exampleComune(extra: Record<string, unknown> = {}) {
  const settings = await exampleSettings();
  addJsonScript(
    {
      ...settings,
      privacyNoticeUrl: 'https://www.comune.esempio.it/privacy',
      booking: { ...settings.booking, url: 'https://prenota.comune.esempio.it/cie' },
      serviceCard: {
        relatedProcedures: { it: 'Con i codici puoi attivare le credenziali CIE e usare i servizi online.' },
        documents: [{ title: { it: 'Modulo di delega' }, url: 'https://www.comune.esempio.it/delega.pdf' }],
      },
      ...extra,
    },
    { id: 'service-page' },
  );
}

describe('the service card, as AgID’s checker reads the page', () => {
  afterEach(() => removeAddedScripts());

  it('the index, every section’s marker and text, the terms, the JSON-LD and the booking link are in the light DOM', async () => {
    await exampleComune();
    const servicePage = await fixture<HTMLElement>(html`<div>
      <cie-reprint-form id="richiesta" config="service-page" lang="it"></cie-reprint-form>
      <cie-appointment-link config="service-page" lang="it"></cie-appointment-link>
      <cie-procedure-guide config="service-page" mode="service-card" lang="it"></cie-procedure-guide>
    </div>`);
    for (const element of servicePage.querySelectorAll<CieElement>('cie-reprint-form, cie-appointment-link, cie-procedure-guide')) await element.ready;
    await expect(servicePage).to.be.accessible();
    const page = asTheCheckerReadsIt();

    const index = [...page.querySelectorAll('[data-element="page-index"] > li > a')].map((a) => a.textContent!.trim());
    expect(index).to.deep.equal([
      'A chi è rivolto',
      'Descrizione',
      'Come fare',
      'Cosa serve',
      'Cosa si ottiene',
      'Tempi e scadenze',
      'Costi',
      'Procedure collegate all’esito',
      'Accedi al servizio',
      'Condizioni di servizio',
      'Documenti',
      'Contatti',
    ]);
    expect(index.filter((title) => MANDATORY_INDEX.includes(title))).to.deep.equal(MANDATORY_INDEX);
    for (const marker of WITH_TEXT) expect(page.querySelector(`[data-element="${marker}"]`)?.textContent?.trim().length, marker).to.be.at.least(3);
    for (const marker of ['service-calendar-list', 'service-online-access', 'service-file']) expect(page.querySelector(`[data-element="${marker}"]`), marker).to.not.equal(null);
    expect(page.querySelector('[data-element="service-file"]')!.closest('section')!.id).to.equal('cie-sc-conditions');
    expect(page.querySelector('a[data-element="appointment-booking"]')?.getAttribute('href')).to.equal('https://prenota.comune.esempio.it/cie');
    // "Accedi al servizio" leads to the form on this page and to the booking page.
    expect([...page.querySelectorAll('#cie-sc-access a.btn')].map((a) => a.getAttribute('href'))).to.deep.equal(['#richiesta', 'https://prenota.comune.esempio.it/cie']);

    const metatags = page.querySelectorAll('script[type="application/ld+json"][data-element="metatag"]');
    expect(metatags.length).to.equal(1);
    const service = JSON.parse(metatags[0].textContent!);
    expect(service).to.deep.include({ '@type': 'GovernmentService', name: 'Recupero PIN e PUK della carta d’identità elettronica', serviceType: 'Anagrafe e stato civile' });
    expect(service.serviceOperator.name).to.equal('Comune di Esempio');
    expect(service.areaServed.name).to.equal('Esempio');
    expect(service.audience.audienceType.length).to.be.greaterThan(3);
    expect(service.availableChannel.serviceUrl).to.equal(location.href.split('#')[0]);
    expect(service.availableChannel.serviceLocation).to.deep.include({ name: 'Ufficio Anagrafe' });
    expect(service.availableChannel.serviceLocation.address).to.deep.include({ streetAddress: 'Piazza del Municipio 1', postalCode: '00100', addressLocality: 'Esempio' });
  });

  it('settings text stays data in the JSON-LD: a name that tries to close the script closes nothing', async () => {
    const settings = await exampleSettings();
    await exampleComune({ office: { ...settings.office, name: { it: 'Anagrafe</script><script>window.injected=1</script>' } } });
    await mount(html`<cie-procedure-guide config="service-page" mode="service-card" lang="it"></cie-procedure-guide>`);
    const page = asTheCheckerReadsIt();
    const scripts = [...page.querySelectorAll('cie-procedure-guide script')];
    expect(scripts.map((s) => s.getAttribute('type'))).to.deep.equal(['application/ld+json']);
    expect(JSON.parse(scripts[0].textContent!).availableChannel.serviceLocation.name).to.equal('Anagrafe</script><script>window.injected=1</script>');
    expect((window as { injected?: number }).injected).to.equal(undefined);
  });

  it('no address in the settings: the JSON-LD says no place rather than inventing one', async () => {
    const el = await mount(html`<cie-procedure-guide comune="trento" mode="service-card" lang="it"></cie-procedure-guide>`);
    const service = JSON.parse(el.querySelector('script[data-element="metatag"]')!.textContent!);
    expect(service.availableChannel.serviceLocation).to.equal(undefined);
    expect(service.areaServed.name).to.equal('Trento');
    // Trento's page has its own "Descrizione": the preset carries it.
    expect(textOf(el.querySelector('#cie-sc-description')!)).to.contain('sblocca il PIN dopo tre tentativi errati');
  });

  it('a theme that prints its own structured data and page index: the card adds no second one, and tells the editor', async () => {
    // The card's code arrives on demand: the note comes once it has rendered.
    const { result: page, infos } = await captureConsole(async () => {
      const shown = await fixture<HTMLElement>(html`<div>
        <script type="application/ld+json" data-element="metatag">{"@context":"https://schema.org","@type":"GovernmentService","name":"Dal tema"}</script>
        <ul data-element="page-index"><li><a href="#chi">A chi è rivolto</a></li></ul>
        <cie-procedure-guide comune="trento" mode="service-card" lang="it"></cie-procedure-guide>
      </div>`);
      await shown.querySelector<CieElement>('cie-procedure-guide')!.ready;
      return shown;
    });
    const card = page.querySelector<CieElement>('cie-procedure-guide')!;
    const checked = asTheCheckerReadsIt();
    expect(checked.querySelectorAll('[data-element="metatag"]')).to.have.length(1);
    expect(JSON.parse(checked.querySelector('[data-element="metatag"]')!.textContent!).name).to.equal('Dal tema');
    expect(checked.querySelectorAll('[data-element="page-index"]')).to.have.length(1);
    // The card's sections and their markers are all there.
    expect(card.querySelector('[data-element="service-how-to"]')).to.not.equal(null);
    expect(infos.join()).to.contain('the page already has data-element="metatag", "page-index" outside the card');
    await expect(page).to.be.accessible();
  });

  it('most of its classes are Bootstrap Italia’s (AgID counts them), and headings follow heading-level', async () => {
    await exampleComune();
    const el = await mount(html`<cie-procedure-guide config="service-page" mode="service-card" heading-level="3" lang="it"></cie-procedure-guide>`);
    const css = await (await fetch('/node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css')).text();
    const classes = new Set([...el.querySelectorAll('[class]')].flatMap((node) => [...node.classList]));
    const ours = [...classes].filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(css));
    expect(ours.length / classes.size, `not Bootstrap Italia's: ${ours.join(', ')}`).to.be.below(0.4);
    expect([...el.querySelectorAll('section > h3')].map(textOf)).to.include.members(['A chi è rivolto', 'Contatti']);
    expect(el.querySelectorAll('h2').length).to.equal(0);
    expect(el.querySelector('#cie-path-pin-forgotten')!.tagName).to.equal('H4');
  });

  it('without Bootstrap Italia its own small stylesheet keeps it readable: two columns on a desktop, one on a phone', async () => {
    await exampleComune();
    await setViewport({ width: 1280, height: 900 });
    try {
      const el = await mount(html`<cie-procedure-guide config="service-page" mode="service-card" lang="it"></cie-procedure-guide>`);
      const index = el.querySelector<HTMLElement>('.col-lg-3')!;
      const sections = el.querySelector<HTMLElement>('.col-lg-8')!;
      expect(index.getBoundingClientRect().right).to.be.at.most(sections.getBoundingClientRect().left);
      expect(getComputedStyle(el.querySelector('#cie-sc-needed')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(el.querySelector('.title-xxlarge')!).fontSize).to.equal('28px');
      await setViewport({ width: 360, height: 800 });
      expect(index.getBoundingClientRect().bottom).to.be.at.most(sections.getBoundingClientRect().top);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      // Two cards and a bundle loaded twice still add one sheet.
      await mount(html`<cie-procedure-guide config="service-page" mode="service-card" lang="it"></cie-procedure-guide>`);
      expect(document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.cie-service-card'))).length).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
