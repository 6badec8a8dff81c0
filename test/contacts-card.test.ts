import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../components/contacts-card/index.js';
import type { CieContactsCard } from '../components/contacts-card/index.js';
import { $, $$, addJsonScript, captureConsole, EXAMPLE_SETTINGS_URL, exampleSettings, mount, removeAddedScripts, textOf } from './helpers/dom.js';

const hrefs = (el: Element, selector = 'a') => $$(el, selector).map((a) => a.getAttribute('href'));

describe('<cie-contacts-card>', () => {
  afterEach(() => {
    removeAddedScripts();
    document.documentElement.lang = 'en';
  });

  it('is accessible with Trento’s preset', async () => {
    const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento"></cie-contacts-card>`);
    await expect(el).to.be.accessible();
  });

  it('shows Trento’s phones by topic as tel: links, its email and PEC', async () => {
    const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" lang="it"></cie-contacts-card>`);
    const text = textOf(el);
    expect(text).to.contain('Anagrafe – Circoscrizioni e servizi demografici');
    expect(text).to.contain("Telefono – Carta d'identità e scelta del medico");
    expect(text).to.contain('(+39) 0461 884291');
    expect(hrefs(el, '[part=phones] a')).to.deep.equal(['tel:+390461884291', 'tel:+390461884067', 'tel:+390461884329']);
    expect(hrefs(el)).to.include.members(['mailto:ufficio.anagrafe@comune.trento.it', 'mailto:anagrafe@pec.comune.trento.it']);
    // The seed page gives no hours: no "open now" line rather than a wrong one.
    expect($(el, '[part=status]')).to.equal(null);
  });

  it('shows Dalmine’s facilitatore digitale, by phone appointment', async () => {
    const el = await mount<CieContactsCard>(html`<cie-contacts-card data-comune="dalmine" lang="it"></cie-contacts-card>`);
    await expect(el).to.be.accessible();
    const facilitator = $(el, '[part=facilitator]')!;
    expect(textOf(facilitator)).to.contain('Facilitatore digitale');
    expect(textOf(facilitator)).to.contain('Appuntamento per telefono');
    expect(facilitator.querySelector('a')?.getAttribute('href')).to.equal('tel:+390353693799');
  });

  describe('with the example comune’s settings file (config-src)', () => {
    // Monday 23 November 2026, 10:00 in Rome.
    const mondayMorning = '2026-11-23T09:00:00Z';

    it('shows address, hours table and "open now", and is accessible', async () => {
      const el = await mount<CieContactsCard>(
        html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} now=${mondayMorning} lang="it"></cie-contacts-card>`,
      );
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part=status]')!)).to.equal('Aperto ora, chiude alle 12:30');
      expect(textOf($(el, 'address')!)).to.contain('Piazza del Municipio 1, 00100 Esempio (RM)');
      const rows = $$(el, '[part=hours] tr').map((row) => textOf(row));
      expect(rows[0]).to.equal('lunedì 8:30–12:30');
      expect(rows[1]).to.equal('martedì 8:30–12:30, 14:30–16:30');
      expect(rows[6]).to.equal('domenica chiuso');
    });

    it('when closed, says when it opens, in the reader’s language', async () => {
      const friday = '2026-11-27T15:00:00Z';
      const it = await mount<CieContactsCard>(html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} now=${friday} lang="it"></cie-contacts-card>`);
      expect(textOf($(it, '[part=status]')!)).to.equal('Chiuso, apre lunedì alle 8:30');
      await expect(it).to.be.accessible();
      const en = await mount<CieContactsCard>(html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} now=${friday} lang="en"></cie-contacts-card>`);
      expect(textOf($(en, '[part=status]')!)).to.equal('Closed, opens Monday at 8:30');
      const de = await mount<CieContactsCard>(html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} now=${friday} lang="de"></cie-contacts-card>`);
      expect(textOf($(de, '[part=status]')!)).to.equal('Geschlossen, öffnet Montag um 8:30 Uhr');
    });

    it('before a long closure, names the date it opens again', async () => {
      const el = await mount<CieContactsCard>(
        html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} now="2026-08-07T12:00:00Z" lang="it"></cie-contacts-card>`,
      );
      expect(textOf($(el, '[part=status]')!)).to.equal('Chiuso, apre lunedì 17 agosto alle 8:30');
    });

    it('updates "open now" when the clock moves', async () => {
      const el = await mount<CieContactsCard>(html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} lang="it"></cie-contacts-card>`);
      el.now = new Date('2026-11-24T11:45:00Z'); // Tuesday 12:45 in Rome
      await el.updateComplete;
      expect(textOf($(el, '[part=status]')!)).to.equal('Chiuso ora, apre oggi alle 14:30');
    });
  });

  describe('settings sources', () => {
    it('reads an inline <script type="application/json"> by id (data-config twin too)', async () => {
      addJsonScript(await exampleSettings(), { id: 'cie-settings' });
      const el = await mount<CieContactsCard>(html`<cie-contacts-card data-config="cie-settings" lang="it"></cie-contacts-card>`);
      expect(textOf(el)).to.contain('Ufficio Anagrafe');
    });

    it('reads the page-wide <script data-cie-config>', async () => {
      addJsonScript({ office: { name: 'Ufficio di prova' } }, { 'data-cie-config': '' });
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" lang="it"></cie-contacts-card>`);
      expect(textOf(el)).to.contain('Ufficio di prova');
      expect(textOf(el)).to.contain('(+39) 0461 884291');
    });

    it('switches comune when the attribute changes', async () => {
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" lang="it"></cie-contacts-card>`);
      el.setAttribute('comune', 'dalmine');
      await el.updateComplete;
      await el.ready;
      expect(textOf(el)).to.contain('Sportello Carte d’Identità');
    });

    it('renders settings text as text, never as HTML', async () => {
      addJsonScript({ office: { name: '<img src=x onerror="window.pwned=1">Anagrafe' } }, { id: 'evil' });
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" config="evil" lang="it"></cie-contacts-card>`);
      expect($(el, 'img')).to.equal(null);
      expect(textOf(el)).to.contain('<img src=x onerror="window.pwned=1">Anagrafe');
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });
  });

  describe('bad settings', () => {
    const cases: [string, () => unknown, string][] = [
      ['an unknown preset', () => html`<cie-contacts-card comune="atlantide" lang="it"></cie-contacts-card>`, 'Comune sconosciuto: atlantide'],
      ['no settings', () => html`<cie-contacts-card lang="it"></cie-contacts-card>`, 'Manca l’indicazione del comune'],
      ['an unreachable URL', () => html`<cie-contacts-card config-src="/demo/settings/nessuno.json" lang="it"></cie-contacts-card>`, 'Impossibile scaricare le impostazioni da'],
      [
        'invalid JSON',
        () => (addJsonScript('{"office": ', { id: 'broken' }), html`<cie-contacts-card config="broken" lang="it"></cie-contacts-card>`),
        'Il testo non è JSON valido: #broken',
      ],
      [
        'a javascript: URL',
        () => (
          addJsonScript({ office: { website: 'javascript:alert(1)' } }, { id: 'js-url' }),
          html`<cie-contacts-card comune="trento" config="js-url" lang="it"></cie-contacts-card>`
        ),
        'Valore non valido: office.website',
      ],
      [
        'a missing field',
        () => (addJsonScript({ id: 'x', name: 'Comune X', requests: {} }, { id: 'no-office' }), html`<cie-contacts-card config="no-office" lang="it"></cie-contacts-card>`),
        'Campo obbligatorio mancante: office',
      ],
    ];

    for (const [name, template, message] of cases) {
      it(`${name}: a plain message naming it, the detail in the console, nothing thrown`, async () => {
        const thrown: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push(event);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        const { result: el, errors } = await captureConsole(() => mount<CieContactsCard>(template() as ReturnType<typeof html>));
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        expect(textOf($(el, '[part=settings-error]')!)).to.contain(message);
        // The citizen still gets somewhere: the Ministry's help line does not depend on settings.
        expect($(el, '[part=settings-error] a')?.getAttribute('href')).to.equal('tel:+390642985699');
        expect(errors.join('\n')).to.contain('<cie-contacts-card> cannot use its settings');
        expect(thrown).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('a broken element leaves its neighbours working', async () => {
      const page = await captureConsole(() =>
        fixture(html`<div>
          <cie-contacts-card comune="atlantide" lang="it"></cie-contacts-card>
          <cie-contacts-card comune="trento" lang="it"></cie-contacts-card>
        </div>`),
      );
      const [broken, working] = [...page.result.querySelectorAll<CieContactsCard>('cie-contacts-card')];
      await captureConsole(() => Promise.all([broken.ready, working.ready]));
      expect($(broken, '[part=settings-error]')).to.not.equal(null);
      expect(textOf(working)).to.contain('(+39) 0461 884291');
    });

    it('explains the problem in English and German too', async () => {
      const { result: el } = await captureConsole(() => mount<CieContactsCard>(html`<cie-contacts-card comune="atlantide" lang="de"></cie-contacts-card>`));
      expect(textOf(el)).to.contain('Unbekannte Gemeinde: atlantide');
    });
  });

  describe('languages', () => {
    it('follows the element’s lang', async () => {
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" lang="en"></cie-contacts-card>`);
      expect(textOf(el)).to.contain('Phone – Identity card and choice of doctor');
      expect(textOf(el)).to.contain('Registry office');
    });

    it('falls back to the page’s <html lang>, regional tags included', async () => {
      document.documentElement.lang = 'de-AT';
      const el = await mount<CieContactsCard>(html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} now="2026-11-23T09:00:00Z"></cie-contacts-card>`);
      expect(textOf($(el, '[part=status]')!)).to.equal('Jetzt geöffnet, schließt um 12:30 Uhr');
      expect(textOf($(el, '[part=hours] caption')!)).to.equal('Öffnungszeiten');
      await expect(el).to.be.accessible();
    });

    it('two elements on one page each speak their own language', async () => {
      const page = await fixture(html`<div>
        <cie-contacts-card comune="trento" lang="it"></cie-contacts-card>
        <cie-contacts-card comune="trento" lang="de"></cie-contacts-card>
        <cie-contacts-card comune="trento" lang="en"></cie-contacts-card>
      </div>`);
      const cards = [...page.querySelectorAll<CieContactsCard>('cie-contacts-card')];
      await Promise.all(cards.map((card) => card.ready));
      expect(cards.map((card) => textOf($(card, '[part=phones]')!))).to.deep.equal([
        "Telefono – Carta d'identità e scelta del medico: (+39) 0461 884291",
        'Telefon – Personalausweis und Arztwahl: (+39) 0461 884291',
        'Phone – Identity card and choice of doctor: (+39) 0461 884291',
      ]);
    });

    it('changes language when its lang changes', async () => {
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" lang="it"></cie-contacts-card>`);
      el.lang = 'de';
      await el.updateComplete;
      await el.ready;
      expect(textOf(el)).to.contain('Meldeamt');
    });

    it('speaks Italian for a language it does not ship, and says so to screen readers', async () => {
      document.documentElement.lang = 'fr';
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento"></cie-contacts-card>`);
      expect(textOf(el)).to.contain('Telefono – Cambio residenza');
      expect(el.shadowRoot!.firstElementChild?.getAttribute('lang')).to.equal('it');
    });

    it('marks its content with the language it speaks (data-lang on an Italian page)', async () => {
      document.documentElement.lang = 'it';
      const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" data-lang="en"></cie-contacts-card>`);
      expect(el.shadowRoot!.firstElementChild?.getAttribute('lang')).to.equal('en');
      expect(textOf(el)).to.contain('Phone – Change of residence');
    });
  });

  it('puts its heading at the level the page asks for', async () => {
    const el = await mount<CieContactsCard>(html`<cie-contacts-card comune="trento" heading-level="3"></cie-contacts-card>`);
    // Native headings (a screen reader's list of headings, reader mode, AgID's checker read them).
    const levels = $$(el, 'h2, h3, h4, h5, h6, [role=heading]').map((h) => h.localName);
    expect(levels[0]).to.equal('h3');
    expect(levels.slice(1).every((name) => name === 'h4'), levels.join()).to.equal(true);
  });
});
