import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../components/appointment-link/index.js';
import type { CieAppointmentLink } from '../components/appointment-link/index.js';
import { $, $$, addJsonScript, captureConsole, mount, removeAddedScripts, textOf } from './helpers/dom.js';

/** The booking link: in the page's light DOM (where AgID's checker looks), shown in the card's slot. */
const bookOnline = (el: Element) => el.querySelector<HTMLElement>(':scope > a[slot="book-online"][data-element="appointment-booking"]');

describe('<cie-appointment-link>', () => {
  afterEach(removeAddedScripts);

  /** A comune whose settings hold an online booking page (Dalmine's own page prints none). */
  const withBookingPage = () => addJsonScript({ booking: { url: 'https://prenota.comune.esempio.it/cie' } }, { id: 'booking-page' });

  it('is accessible for Dalmine', async () => {
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" lang="it"></cie-appointment-link>`);
    await expect(el).to.be.accessible();
  });

  it('Dalmine: where to book in the comune’s words (its page prints no booking address, so no link pretends to be one), the counter, each request’s own module and where it is', async () => {
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" lang="it"></cie-appointment-link>`);
    expect(bookOnline(el)).to.equal(null);
    expect(textOf(el)).to.contain('Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune, www.comune.dalmine.bg.it.');
    expect(textOf(el)).to.contain('Dove: Sportello Carte d’Identità');
    // Its page names a module for each request, in its modulistica section, with no address: named, not linked, not "either will do".
    expect($$(el, '.modules li').map(textOf)).to.deep.equal([
      'Per la ristampa di PIN e PUK, il modulo del Comune «Demografici _ carta identità elettronica - richiesta ristampa codici Pin e Puk» (sul sito del Comune, nella sezione modulistica anagrafe)',
      'Per inserire o cambiare i contatti, il modulo del Comune «richiesta inserimento contatti» (sul sito del Comune, nella sezione modulistica anagrafe)',
    ]);
    expect($$(el, '.modules a')).to.have.length(0);
    // Its page lists nothing to bring: nothing is listed.
    expect($(el, '[part=what-to-bring]')).to.equal(null);
  });

  it('an online booking page, where the settings hold one', async () => {
    withBookingPage();
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" config="booking-page" lang="it"></cie-appointment-link>`);
    expect(bookOnline(el)?.getAttribute('href')).to.equal('https://prenota.comune.esempio.it/cie');
    expect(textOf(bookOnline(el)!)).to.equal('Prenota online');
    // One link, shown where the card puts it: the slot, at a finger's height, white on the primary colour.
    expect(bookOnline(el)!.assignedSlot).to.not.equal(null);
    expect(bookOnline(el)!.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(bookOnline(el)!).color).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('Trento takes requests by email, with no appointment: it says so (its module named), never a booking box, and tells the editor', async () => {
    const { result: el, infos } = await captureConsole(() => mount<CieAppointmentLink>(html`<cie-appointment-link comune="trento" lang="it"></cie-appointment-link>`));
    await expect(el).to.be.accessible();
    expect(bookOnline(el)).to.equal(null);
    expect(textOf($(el, '#booking-heading')!)).to.equal('Non serve un appuntamento');
    expect(textOf(el)).to.not.contain('Prenota');
    expect(textOf(el)).to.contain('Comune di Trento riceve la richiesta per email, senza andare allo sportello: ufficio.anagrafe@comune.trento.it');
    // One module for both requests on its page: said once.
    expect($$(el, '.modules li').map(textOf)).to.deep.equal([
      'Per la ristampa di PIN e PUK e per i contatti, il modulo del Comune «richiesta ristampa pin/puk» (in fondo alla pagina «Recupero credenziali PIN e PUK della carta d’identità elettronica» del sito del Comune)',
    ]);
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:ufficio.anagrafe@comune.trento.it']);
    expect(infos.join()).to.contain('takes this service without a visit to the counter');
  });

  it('a comune that books by phone only', async () => {
    addJsonScript({ booking: { phone: '+390600000001', phoneDisplay: '06 0000001' } }, { id: 'phone-booking' });
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="trento" config="phone-booking" lang="it"></cie-appointment-link>`);
    await expect(el).to.be.accessible();
    expect(bookOnline(el)).to.equal(null);
    expect(textOf(el)).to.contain('Prenota per telefono: 06 0000001');
    expect($(el, 'a')?.getAttribute('href')).to.equal('tel:+390600000001');
  });

  it('a booked counter with its own days for this service: said with the booking, the office’s hours left to the contacts card', async () => {
    addJsonScript(
      { booking: { phone: '+390600000001', phoneDisplay: '06 0000001', hours: [{ days: ['mon', 'wed'], opens: '09:00', closes: '12:00' }] } },
      { id: 'booked-hours' },
    );
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" config="booked-hours" lang="it"></cie-appointment-link>`);
    await expect(el).to.be.accessible();
    expect(textOf(el)).to.contain('Quando, per questo servizio:');
    expect($$(el, 'ul.service-hours li').map(textOf)).to.deep.equal(['lunedì, mercoledì: 9:00–12:00']);
    const plain = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" lang="it"></cie-appointment-link>`);
    expect(textOf(plain), 'no hours where the settings give none').to.not.contain('Quando');
  });

  it('a comune whose counter takes the service without appointment: where, its own hours, how, how many a day, what to bring, its module', async () => {
    addJsonScript(
      {
        office: { address: { street: 'Via del Municipio 1', city: 'Borgo Esempio' } },
        requests: {
          reprint: {
            channel: {
              type: 'walk-in',
              instructions: 'Ritira il numero all’ufficio informazioni e attendi la chiamata.',
              hours: [{ days: ['tue', 'thu'], opens: '08:30', closes: '09:00' }],
              dailyQuota: 10,
              whatToBring: ['Un documento d’identità valido'],
            },
            module: { title: 'Delega ristampa PIN e PUK', url: 'https://www.comune.esempio.it/moduli/ristampa-pin-puk.pdf' },
          },
        },
      },
      { id: 'walk-in' },
    );
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="trento" config="walk-in" lang="it"></cie-appointment-link>`);
    await expect(el).to.be.accessible();
    expect(textOf($(el, '#booking-heading')!)).to.equal('Allo sportello, senza appuntamento');
    expect(bookOnline(el)).to.equal(null);
    const text = textOf(el);
    expect(text).to.contain('Dove: Anagrafe – Circoscrizioni e servizi demografici, Via del Municipio 1, Borgo Esempio');
    expect(text).to.contain('Quando, per questo servizio: martedì, giovedì: 8:30–9:00');
    expect(text).to.contain('Ritira il numero all’ufficio informazioni e attendi la chiamata.');
    expect(text).to.contain('Lo sportello accoglie al massimo 10 richieste al giorno.');
    expect($$(el, '[part=what-to-bring] li').map(textOf)).to.deep.equal(['Un documento d’identità valido']);
    expect(text).to.not.contain('Prenota');
    const module = $$(el, 'a').find((a) => textOf(a) === '«Delega ristampa PIN e PUK»');
    expect(module?.getAttribute('href')).to.equal('https://www.comune.esempio.it/moduli/ristampa-pin-puk.pdf');
  });

  it('takes the page’s theme: --cie-* properties, the page font, a rule for the booking link', async () => {
    withBookingPage();
    const page = await fixture(html`<div style="font-family: 'Courier New', monospace; --cie-color-primary: rgb(10, 20, 30)">
      <cie-appointment-link comune="dalmine" config="booking-page" lang="it"></cie-appointment-link>
    </div>`);
    const el = page.querySelector<CieAppointmentLink>('cie-appointment-link')!;
    await el.ready;
    const button = bookOnline(el)!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(button).fontFamily).to.contain('Courier New');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('cie-appointment-link > a[slot="book-online"] { background-color: rgb(200, 0, 0); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(200, 0, 0)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('speaks English and German, settings text included', async () => {
    withBookingPage();
    const en = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" config="booking-page" lang="en"></cie-appointment-link>`);
    expect(textOf(en)).to.contain('Book an appointment at the counter');
    expect(textOf(bookOnline(en)!)).to.equal('Book online');
    expect(textOf(en)).to.contain('To reprint the PIN and PUK, the comune’s form «Demografici _ carta identità elettronica - richiesta ristampa codici Pin e Puk» (on the comune’s website');
    const de = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" config="booking-page" lang="de"></cie-appointment-link>`);
    expect(textOf(bookOnline(de)!)).to.equal('Online buchen');
    expect(textOf(de)).to.contain('Zum Eintragen oder Ändern der Kontakte das Formular der Gemeinde «richiesta inserimento contatti»');
    await expect(de).to.be.accessible();
  });

  it('bad settings: a javascript: booking link is refused and named', async () => {
    addJsonScript({ booking: { url: 'javascript:alert(1)' } }, { id: 'evil-booking' });
    const { result: el, errors } = await captureConsole(() =>
      mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" config="evil-booking" lang="it"></cie-appointment-link>`),
    );
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+390642985699']); // the help line, not the bad link
    expect(textOf($(el, '[part=settings-error]')!)).to.contain('Valore non valido: booking.url');
    expect(errors.join()).to.contain('booking.url');
    await expect(el).to.be.accessible();
  });

  it('a page whose settings name no booking system never downloads the booking code (booking on the page: appointment-booking.test.ts)', async () => {
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" lang="it"></cie-appointment-link>`);
    expect(textOf(el)).to.not.contain('Scegli il giorno');
    expect(performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.includes('booking-flow'))).to.deep.equal([]);
  });
});
