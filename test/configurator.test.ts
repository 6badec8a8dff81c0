import { expect, fixture } from '@open-wc/testing';
import { SETTINGS_REFERENCE } from '../src/settings/reference.js';
import { SETTINGS_REFERENCE_IT } from '../src/settings/reference-it.js';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../demo/configurator/index.js';
import type { CieConfigurator } from '../demo/configurator/configurator.js';
import { isSealed } from '../src/settings/seal.js';
import { VERSION } from '../src/version.js';
import { textOf } from './helpers/dom.js';

const SAVED = 'cie-configurator:draft';
const NEW_BOOKING = 'https://prenota.comune.esempio.it/cie-dalmine';
const CDN_FOLDER = `/dist/cdn/cie-widgets@${VERSION}/`;

/** The configurator page's own stylesheets, as demo/configurator.html links them. */
async function withPageStyles() {
  for (const href of ['/demo/demo.css', '/demo/configurator/configurator.css']) {
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
  }
}

async function openConfigurator(): Promise<CieConfigurator> {
  await withPageStyles();
  localStorage.removeItem(SAVED);
  // Where demo/configurator.html puts it.
  const page = await fixture(html`<main class="configurator-page"><cie-configurator></cie-configurator></main>`);
  return page.querySelector('cie-configurator')!;
}

const buttonNamed = (root: ParentNode, name: string) => {
  const found = [...root.querySelectorAll('button')].find((button) => (button.textContent ?? '').replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const field = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => {
  const found = el.querySelector<T>(`#${CSS.escape(id)}`);
  if (!found) throw new Error(`no field #${id}`);
  return found;
};
const labelOf = (el: Element, control: HTMLElement) => (el.querySelector(`label[for="${control.id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types as the editor would: the field focused, its text selected, the new one typed over it. */
async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string) {
  control.focus();
  control.select();
  await sendKeys({ type: text });
}

async function startFrom(el: CieConfigurator, name: 'Da zero' | 'Da Trento' | 'Da Dalmine') {
  buttonNamed(el, name).click();
  await waitUntil(() => el.querySelector('.status')?.textContent?.includes('Si parte'), 'the start is not confirmed');
  await el.updateComplete;
}

/** The form says the settings are right, and lists no problem (named when it does). */
function expectValid(el: Element) {
  expect(el.querySelector('.problems') ? textOf(el.querySelector('.problems')!) : '').to.equal('');
  expect(el.querySelector('.valid')?.textContent).to.contain('Le impostazioni sono corrette');
}

/** Settings with no problem are copied sealed (src/settings/seal.ts): the seal is written a moment after each change. */
const sealedJson = (el: Element) => waitUntil(() => /"seal": "sha256-/.test(el.querySelector<HTMLTextAreaElement>('#settings-json')!.value), 'the settings were not sealed');

const previewed = (el: Element, tag: string) => el.querySelector(`.frame ${tag}`) as (HTMLElement & { ready: Promise<void> }) | null;
const bookingLinkIn = (root: ParentNode) => root.querySelector<HTMLAnchorElement>('cie-appointment-link > a[data-element="appointment-booking"]');

/** What the configurator put in the clipboard, through the browser's own clipboard API. */
function captureClipboard() {
  const copied: string[] = [];
  const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
  clipboard.writeText = (text: string) => {
    copied.push(text);
    return Promise.resolve();
  };
  return { copied, restore: () => delete (clipboard as Partial<Clipboard>).writeText };
}

/** A blank page with nothing but what the editor pasted, in a frame of this origin. */
async function pasteIntoBlankPage(pasted: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Pagina del comune</title></head><body><main>${pasted}</main></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  after.push(() => frame.remove());
  return frame.contentDocument!;
}

const after: (() => void)[] = [];

describe('configurator', () => {
  afterEach(() => {
    after.splice(0).forEach((undo) => undo());
    localStorage.removeItem(SAVED);
  });

  it('is accessible from nothing, with Dalmine, with a problem and after an import', async () => {
    const el = await openConfigurator();
    await expect(el).to.be.accessible();
    await startFrom(el, 'Da Dalmine');
    await waitUntil(() => previewed(el, 'cie-contacts-card'), 'no preview');
    await previewed(el, 'cie-contacts-card')!.ready;
    await expect(el).to.be.accessible();
    await typeInto(field(el, 'field-office-email'), 'anagrafe.comune');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const input = field(el, 'import-file');
    const files = new DataTransfer();
    files.items.add(new File(['{"id": "x", "officee": {}}'], 'prova.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.querySelector('.import-report'), 'no import report');
    await expect(el).to.be.accessible();
  });

  it('a counter-only comune, imported: nothing to fill in on its page, and what the page will say, sentence by sentence, with its sources', async () => {
    const el = await openConfigurator();
    const input = field(el, 'import-file');
    const files = new DataTransfer();
    files.items.add(new File([await (await fetch('/demo/settings/sportello.json')).text()], 'sportello.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.querySelector('.import-report'), 'no import report');
    expect(textOf(el.querySelector('.import-report')!)).to.contain('è corretto');
    await waitUntil(() => previewed(el, 'cie-reprint-form'), 'no preview');
    const form = previewed(el, 'cie-reprint-form')!;
    await form.ready;
    await waitUntil(() => form.shadowRoot!.querySelector('[part=counter]'), 'the form did not show the counter');
    expect(form.shadowRoot!.querySelector('form, input'), 'nothing to fill in').to.equal(null);
    // Served from the sources with no folder built: the line without a hash says where to get one.
    expect(textOf(el.querySelector('#integrity-note')!)).to.contain('senza hash di integrità');
    buttonNamed(el, 'Mostra le frasi (Italiano)').click();
    await waitUntil(() => el.querySelector('.page-ledger'), 'no sentences read');
    const items = [...el.querySelectorAll('.page-ledger li')].map(textOf);
    expect(items).to.include(
      'Ritira il numero all’ufficio informazioni e attendi la chiamata. impostazioni: requests.reprint.channel.instructions.it · impostazioni: requests.contactUpdate.channel.instructions',
    );
    expect(items.some((item) => item.startsWith('Il PIN si blocca dopo 3 tentativi') && item.includes('fatto nazionale «pinTries»: https://www.cartaidentita.interno.gov.it/info-utili/codici-di-sicurezza-pin-e-puk/ (verificato 2026-12)'))).to.equal(true);
    expect(items.join(' ')).to.not.match(/Prenota|DPR 445/);
    await expect(el).to.be.accessible();
  });

  it('explains every settings field in Italian: one Italian line for each field of the reference, none for a field it lacks', () => {
    expect(Object.keys(SETTINGS_REFERENCE_IT).sort()).to.deep.equal(Object.keys(SETTINGS_REFERENCE).sort());
  });

  it('says what AgID’s checker will miss with these settings, and stops saying it once they fill the gap', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Trento');
    const gaps = () => textOf(el.querySelector('.agid-gaps') ?? el.ownerDocument.createElement('p'));
    // Trento's page gives no address, no terms of service, no booking page.
    expect(gaps()).to.contain('«Condizioni di servizio» senza documento');
    expect(gaps()).to.contain('Nessun indirizzo dell’ufficio');
    expect(gaps()).to.contain('Nessuna pagina di prenotazione online');
    // Nor does it say where ratings would go, or the site's topics.
    expect(gaps()).to.contain('Nessun indirizzo per le valutazioni');
    expect(gaps()).to.contain('Nessun argomento');
    for (const details of el.querySelectorAll('details')) details.open = true; // where the field may be folded
    await typeInto(field(el, 'field-privacyNoticeUrl'), 'https://www.comune.esempio.it/privacy');
    await el.updateComplete;
    expect(gaps()).to.not.contain('Condizioni di servizio');
    await expect(el).to.be.accessible();
  });

  it('from Dalmine: a new booking link shows in the preview, and the copied HTML pasted into a blank page shows it too', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Dalmine');
    // Dalmine's own page prints no booking address: the preview has no link yet.
    await waitUntil(() => previewed(el, 'cie-appointment-link'), 'no preview');
    await previewed(el, 'cie-appointment-link')!.ready;
    expect(bookingLinkIn(el)).to.equal(null);

    const bookingUrl = field(el, 'field-booking-url');
    expect(labelOf(el, bookingUrl)).to.contain('Pagina di prenotazione online');
    // Its explanation in Italian too, linked to the field.
    const hint = field(el, bookingUrl.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-hint'))!);
    expect(textOf(hint)).to.equal('La pagina della prenotazione online, proprio quella: non la home page.');
    await typeInto(bookingUrl, NEW_BOOKING);
    await waitUntil(() => bookingLinkIn(el)?.getAttribute('href') === NEW_BOOKING, 'the preview does not show the new booking link');
    expect(textOf(bookingLinkIn(el)!)).to.equal('Prenota online');
    expectValid(el);

    // The release's folder as the comune will host it: here, the build's CDN folder.
    await typeInto(field(el, 'folder-url'), CDN_FOLDER);
    await sealedJson(el);
    const clipboard = captureClipboard();
    after.push(clipboard.restore);
    buttonNamed(el, 'Copia l’HTML').click();
    await waitUntil(() => clipboard.copied.length === 1, 'nothing copied');
    await waitUntil(() => el.querySelector('.status')?.textContent?.includes('Copiato negli appunti'), 'the copy was not said');
    const pasted = clipboard.copied[0];
    expect(pasted).to.contain(`<script type="module" src="${CDN_FOLDER}cie-widgets.js"`);
    expect(pasted).to.contain('<script type="application/json" data-cie-config>');

    const page = await pasteIntoBlankPage(pasted);
    await waitUntil(() => bookingLinkIn(page)?.getAttribute('href') === NEW_BOOKING, 'the pasted page does not show the new booking link');
    await waitUntil(() => page.querySelector('cie-contacts-card')?.shadowRoot?.textContent?.includes('Sportello Carte d’Identità'), 'the pasted contacts card is not there');
    // Sealed, the pasted settings are not checked again: the page never fetches the checker.
    const fetched = page.defaultView!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.some((path) => path.endsWith('/cie-appointment-link.js'))).to.equal(true);
    expect(fetched.filter((path) => /\/check-[\w-]+\.js$/.test(path))).to.deep.equal([]);
  });

  it('the data-* variant reads the copied settings file from its URL, as a CMS that strips attributes keeps it', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Dalmine');
    await typeInto(field(el, 'field-booking-url'), NEW_BOOKING);
    await sealedJson(el);
    const clipboard = captureClipboard();
    after.push(clipboard.restore);
    buttonNamed(el, 'Copia il JSON').click();
    await waitUntil(() => clipboard.copied.length === 1, 'nothing copied');
    // It names its JSON Schema, for the editor's code editor, and carries its seal.
    expect(JSON.parse(clipboard.copied[0]).$schema).to.equal(`https://YOUR-CDN/cie-widgets@${VERSION}/settings.schema.json`);
    expect(await isSealed(JSON.parse(clipboard.copied[0]))).to.equal(true);
    // The comune uploads the file to its site: here, a URL of this page's origin holding it.
    const hosted = URL.createObjectURL(new Blob([clipboard.copied[0]], { type: 'application/json' }));
    after.push(() => URL.revokeObjectURL(hosted));

    const data = [...el.querySelectorAll<HTMLInputElement>('input[name="html-variant"]')].find((radio) => radio.parentElement?.textContent?.includes('data-*'))!;
    data.click();
    await el.updateComplete;
    await typeInto(field(el, 'settings-url'), hosted);
    await typeInto(field(el, 'folder-url'), CDN_FOLDER);
    buttonNamed(el, 'Copia l’HTML').click();
    await waitUntil(() => clipboard.copied.length === 2, 'nothing copied');
    const pasted = clipboard.copied[1];
    expect(pasted).to.not.contain('application/json');
    expect(pasted).to.contain(`<cie-appointment-link data-config-src="${hosted}"></cie-appointment-link>`);
    expect(pasted).to.not.match(/ config-src=/);

    const page = await pasteIntoBlankPage(pasted);
    await waitUntil(() => bookingLinkIn(page)?.getAttribute('href') === NEW_BOOKING, 'the pasted page does not show the new booking link');
  });

  it('an invalid value: the field says what the element says, linked from the list of problems; the preview shows the element’s own message', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Dalmine');
    const bookingUrl = field(el, 'field-booking-url');
    await typeInto(bookingUrl, 'prenota.comune.esempio.it');
    await el.updateComplete;

    const said = 'Valore non valido: booking.url';
    expect(bookingUrl.getAttribute('aria-invalid')).to.equal('true');
    const error = field(el, bookingUrl.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!);
    expect(textOf(error)).to.equal(`${said} — deve essere un indirizzo web che inizia con https:// o http://`);
    // Nothing typed is lost.
    expect(bookingUrl.value).to.equal('prenota.comune.esempio.it');
    // Settings with a problem are never sealed: pages check them and say what is wrong.
    expect(JSON.parse(field<HTMLTextAreaElement>(el, 'settings-json').value)).to.not.have.property('seal');

    await waitUntil(() => previewed(el, 'cie-appointment-link')?.shadowRoot?.textContent?.includes(said), 'the preview does not show the element’s message');
    expect(textOf(previewed(el, 'cie-appointment-link')!)).to.contain('le impostazioni del widget non sono corrette');

    const link = [...el.querySelectorAll<HTMLAnchorElement>('.problems a')].find((a) => a.textContent?.includes(said))!;
    expect(el.querySelector('.problems h3')?.textContent).to.contain('Un problema da correggere');
    link.click();
    expect(document.activeElement).to.equal(bookingUrl);
  });

  it('a page with the contact update form needs requests.contactUpdate; without that form, it does not', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Dalmine');
    const withoutContactUpdate = structuredClone(el.settings) as { requests: Record<string, unknown> };
    delete withoutContactUpdate.requests.contactUpdate;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(withoutContactUpdate)], 'solo-ristampa.json'));
    const input = field(el, 'import-file');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.querySelector('.import-report'), 'no import report');
    expect(textOf(el.querySelector('.import-report')!)).to.contain('Campo obbligatorio mancante: requests.contactUpdate');

    const contactForm = [...el.querySelectorAll<HTMLInputElement>('.preview input[type=checkbox]')].find((box) => box.parentElement?.textContent?.includes('aggiornamento dei contatti'))!;
    contactForm.click();
    await el.updateComplete;
    expectValid(el);
    expect(field<HTMLTextAreaElement>(el, 'html-snippet').value).to.not.contain('cie-contact-update-form');
  });

  it('imports a settings file and says exactly what is wrong with it; an unknown field can be removed in one click', async () => {
    const el = await openConfigurator();
    const input = field(el, 'import-file');
    const load = async (name: string, text: string) => {
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => el.querySelector('.import-report h3')?.textContent?.includes(name), 'no import report');
      await el.updateComplete;
      return textOf(el.querySelector('.import-report')!);
    };

    const broken = await load('rotto.json', '{ "id": "esempio", }');
    expect(broken).to.contain('Il testo non è JSON valido: rotto.json');
    expect(broken).to.match(/position|line|column|Expected/i);
    expect(el.querySelector('.status')?.textContent).to.contain('le impostazioni non sono cambiate');

    const report = await load(
      'esempio.json',
      JSON.stringify({
        id: 'Esempio',
        name: 'Comune di Esempio',
        office: { name: 'Anagrafe', phone: '+390612345678', phones: [{ topic: 'CIE', number: '06 1234 5678' }] },
        requests: { reprint: { channel: { type: 'email', to: 'anagrafe@comune.esempio.it' } } },
      }),
    );
    expect(report).to.contain('4 problemi');
    expect(report).to.contain('Valore non valido: id — deve contenere solo lettere minuscole, cifre e trattini');
    // In Italian throughout: what is wrong, and why, for an editor who reads no English.
    expect(report).to.contain('Campo sconosciuto: office.phone — il campo «phone» non esiste (forse un errore di battitura)');
    expect(report).to.not.match(/must be|is required|unknown field/);
    // The page as chosen holds the contact update form (every element, until the editor unticks some).
    expect(report).to.contain('Campo obbligatorio mancante: requests.contactUpdate — serve al modulo di aggiornamento dei contatti presente nella pagina');
    expect(report).to.contain('Valore non valido: office.phones[0].number — deve essere in formato internazionale, come +390461884291 (senza spazi)');
    // What the file said is in the form, as written, to correct there.
    expect(field(el, 'field-office-phones-0-number').value).to.equal('06 1234 5678');

    buttonNamed(el, 'Rimuovi il campo office.phone').click();
    await el.updateComplete;
    expect(textOf(el.querySelector('.problems')!)).to.not.contain('office.phone ');
    expect(el.querySelectorAll('.problems li')).to.have.length(3);
    expect(el.settings).to.not.have.nested.property('office.phone');
  });

  it('texts in three languages, lists, days and JSON fields keep what is typed and make the settings the elements read', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da zero');
    expect(textOf(el.querySelector('.problems')!)).to.contain('Campo obbligatorio mancante: id');
    // A page with the reprint form alone: no contact update settings needed.
    for (const box of el.querySelectorAll<HTMLInputElement>('.preview input[type=checkbox]')) {
      if (!box.parentElement?.textContent?.includes('ristampa')) box.click();
    }

    // The address may be left out; once written, it needs its street.
    expect(labelOf(el, field(el, 'field-office-address-street'))).to.contain('(obbligatorio se la sezione è compilata)');
    expect(labelOf(el, field(el, 'field-id'))).to.contain('(obbligatorio)');
    await typeInto(field(el, 'field-id'), 'esempio');
    await typeInto(field<HTMLTextAreaElement>(el, 'field-name'), 'Comune di Esempio');
    el.querySelector<HTMLDetailsElement>('#field-name ~ details')!.open = true;
    await typeInto(field<HTMLTextAreaElement>(el, 'field-name-de'), 'Gemeinde Beispiel');
    await typeInto(field<HTMLTextAreaElement>(el, 'field-office-name'), 'Ufficio Anagrafe');

    buttonNamed(el, 'Aggiungi fascia oraria').click();
    await el.updateComplete;
    field(el, 'field-office-openingHours-0-days-tue').click();
    field(el, 'field-office-openingHours-0-days-mon').click();
    await typeInto(field(el, 'field-office-openingHours-0-opens'), '08:30');
    await typeInto(field(el, 'field-office-openingHours-0-closes'), '12:30');

    const closed = field<HTMLTextAreaElement>(el, 'field-office-closedDates');
    await typeInto(closed, '2026-12-24');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The new line stays while the next date is typed.
    expect(closed.value).to.equal('2026-12-24\n');
    await sendKeys({ type: '2026-12-31' });

    const channel = field<HTMLSelectElement>(el, 'field-requests-reprint-channel');
    channel.selectedIndex = [...channel.options].findIndex((option) => option.text.startsWith('Inviata al server'));
    channel.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await typeInto(field(el, 'field-requests-reprint-channel-url'), 'https://servizi.comune.esempio.it/api/cie');
    const headers = field<HTMLTextAreaElement>(el, 'field-requests-reprint-channel-headers');
    await typeInto(headers, '{"X-Comune": "esem');
    await el.updateComplete;
    expect(headers.value, 'half-written JSON is kept').to.equal('{"X-Comune": "esem');
    expect(textOf(el.querySelector('.problems')!)).to.contain('Il testo non è JSON valido: requests.reprint.channel.headers');
    expect(headers.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'pio"}' });
    await el.updateComplete;

    expectValid(el);
    expect(el.settings).to.deep.equal({
      id: 'esempio',
      name: { it: 'Comune di Esempio', de: 'Gemeinde Beispiel' },
      office: {
        name: 'Ufficio Anagrafe',
        openingHours: [{ days: ['mon', 'tue'], opens: '08:30', closes: '12:30' }],
        closedDates: ['2026-12-24', '2026-12-31'],
      },
      requests: { reprint: { channel: { type: 'endpoint', url: 'https://servizi.comune.esempio.it/api/cie', headers: { 'X-Comune': 'esempio' } } } },
    });

    // Work survives closing the tab: the next visit starts where this one stopped.
    el.remove();
    const again = await fixture<CieConfigurator>(html`<cie-configurator></cie-configurator>`);
    expect(again.querySelector('.status')?.textContent).to.contain('Ripreso il lavoro salvato');
    expect(again.settings).to.have.nested.property('office.closedDates[1]', '2026-12-31');
  });

  it('previews in English and German, at a phone’s width and a desktop’s', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Trento');
    const radio = (name: string) => [...el.querySelectorAll<HTMLInputElement>('.preview input[type=radio]')].find((input) => input.parentElement?.textContent?.trim() === name)!;
    await waitUntil(() => previewed(el, 'cie-contacts-card'), 'no preview');
    // The elements get exactly a phone's width.
    expect(previewed(el, 'cie-contacts-card')!.getBoundingClientRect().width).to.equal(360);

    radio('English').click();
    await el.updateComplete;
    const card = previewed(el, 'cie-contacts-card')!;
    expect(card.getAttribute('lang')).to.equal('en');
    await card.ready;
    await waitUntil(() => textOf(card).includes('Phone'), 'the card is not in English');

    radio('Deutsch').click();
    radio('Computer').click();
    await el.updateComplete;
    await waitUntil(() => textOf(previewed(el, 'cie-contacts-card')!).includes('Telefon '), 'the card is not in German');
    expect(previewed(el, 'cie-contacts-card')!.getBoundingClientRect().width).to.be.greaterThan(360);
    // The language chosen is the one the copied HTML asks for.
    expect(field<HTMLTextAreaElement>(el, 'html-snippet').value).to.contain('<cie-contacts-card lang="de"></cie-contacts-card>');
  });

  it('fits a phone: nothing scrolls sideways at 390 px', async () => {
    await setViewport({ width: 390, height: 800 });
    after.push(() => void setViewport({ width: 800, height: 600 }));
    const el = await openConfigurator();
    await startFrom(el, 'Da Dalmine');
    await waitUntil(() => previewed(el, 'cie-reprint-form'), 'no preview');
    await previewed(el, 'cie-reprint-form')!.ready;
    const wide = [...document.body.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > 390.5);
    expect(wide.map((node) => `${node.localName}#${node.id}.${node.className}`).slice(0, 8)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(390);
  });

  it('works with the keyboard alone: start, edit a field, reach a problem from the list, copy', async function () {
    const el = await openConfigurator();
    const clipboard = captureClipboard();
    after.push(clipboard.restore);
    const tabTo = async (target: () => Element | null | undefined, press: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let i = 0; i < 400 && document.activeElement !== target(); i += 1) {
        if (press === 'Shift+Tab') await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        if (press === 'Shift+Tab') await sendKeys({ up: 'Shift' });
      }
      expect(document.activeElement, `not reached with ${press}`).to.equal(target());
    };
    document.body.focus();
    await tabTo(() => buttonNamed(el, 'Da Dalmine'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.querySelector('.status')?.textContent?.includes('Si parte'), 'Enter did not start');
    await el.updateComplete;

    await tabTo(() => el.querySelector('#field-booking-url'));
    await sendKeys({ type: 'prenota' });
    await el.updateComplete;
    await tabTo(() => el.querySelector('.problems a'), 'Shift+Tab');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(el.querySelector('#field-booking-url'));
    for (let i = 0; i < 'prenota'.length; i += 1) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: NEW_BOOKING });
    await el.updateComplete;
    expectValid(el);

    await tabTo(() => buttonNamed(el, 'Copia l’HTML'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => clipboard.copied.length === 1, 'Enter did not copy');
    expect(clipboard.copied[0]).to.contain('<cie-reprint-form id="richiesta-ristampa"></cie-reprint-form>');
  });

  it('settings text stays text in the copied HTML: no office name can close the script it sits in', async () => {
    const el = await openConfigurator();
    await startFrom(el, 'Da Trento');
    await typeInto(field<HTMLTextAreaElement>(el, 'field-office-name'), 'Anagrafe</script><img src=x onerror=alert(1)>');
    await typeInto(field(el, 'folder-url'), CDN_FOLDER);
    await el.updateComplete;
    const pasted = field<HTMLTextAreaElement>(el, 'html-snippet').value;
    expect(pasted).to.not.contain('</script><img');
    const page = await pasteIntoBlankPage(pasted);
    expect(page.querySelector('img')).to.equal(null);
    await waitUntil(() => page.querySelector('cie-contacts-card')?.shadowRoot?.textContent?.includes('Anagrafe</script><img'), 'the name is not shown as text');
  });

  it('the release holds the configurator as one page that needs nothing else, with the release’s pinned script', async () => {
    const built = await (await fetch('/dist/configurator/configurator.html')).text();
    const parsed = new DOMParser().parseFromString(built, 'text/html');
    // (The test server adds its own socket script to every page it serves.)
    expect(parsed.querySelectorAll('script[src]:not([src^="/__web-dev-server"]), link[rel=stylesheet], link[rel=modulepreload]')).to.have.length(0);
    expect(parsed.querySelectorAll('script[type=module]:not([src])')).to.have.length(1);
    const { 'cie-widgets.js': integrity } = (await (await fetch(`${CDN_FOLDER}integrity.json`)).json()) as Record<string, string>;
    expect(built).to.contain(integrity);
    // The CDN folder an editor uploads holds it too.
    expect(await (await fetch(`${CDN_FOLDER}configurator.html`)).text()).to.contain(integrity);

    const frame = document.createElement('iframe');
    frame.src = '/dist/configurator/configurator.html';
    frame.style.width = '1280px';
    frame.style.height = '900px';
    document.body.append(frame);
    after.push(() => frame.remove());
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentDocument!;
    await waitUntil(() => page.querySelector('cie-configurator button'), 'the built configurator does not start');
    buttonNamed(page, 'Da Trento').click();
    await waitUntil(() => page.querySelector<HTMLTextAreaElement>('#html-snippet')?.value.includes(`integrity="${integrity}"`), 'no pinned script in the built configurator');
    expect(page.querySelector('#integrity-note')?.textContent).to.contain('porta l’hash di integrità');
    // After the script, the card's own files with theirs: they come in the same round as the script.
    const { files } = (await (await fetch(`${CDN_FOLDER}integrity.json`)).json()) as { files: Record<string, string> };
    const lines = page.querySelector<HTMLTextAreaElement>('#html-snippet')!.value.split('\n');
    const preloads = lines.filter((line) => line.startsWith('<link rel="modulepreload"'));
    expect(preloads.find((line) => line.includes('/elements/cie-contacts-card.js"'))).to.contain(`integrity="${files['elements/cie-contacts-card.js']}"`);
    expect(preloads.some((line) => line.includes('/elements/chunks/core-')), 'the chunks it imports').to.equal(true);
    expect(lines.indexOf(preloads[0])).to.equal(lines.findIndex((line) => line.startsWith('<script type="module"')) + 1);
    await waitUntil(() => page.querySelector('.frame cie-contacts-card')?.shadowRoot?.textContent?.includes('0461 884291'), 'the built configurator does not preview');
  });
});
