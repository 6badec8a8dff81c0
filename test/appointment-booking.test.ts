// Booking on the page (booking.system), against stand-ins of the systems comuni use that
// answer over real HTTP and keep their bookings (test/server/booking-systems.mjs): what the
// citizen sees at each step, by keyboard and by touch, and what the system ends up holding.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { html, type LitElement } from 'lit';
import '../components/appointment-link/index.js';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import type { CieAppointmentLink } from '../components/appointment-link/index.js';
import { $, $$, addJsonScript, captureConsole, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { fixture } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { recordAppointment } from '../src/booking/page-appointment.js';
import { applicantAnswers } from '../src/requests/applicant-answers.js';
import { outcome, submitFilledReprint } from './helpers/form.js';

let visits = 0;
/** A fresh booking system for each test: its own free times, its own bookings. */
const visit = (name: string) => `${name}-${Date.now()}-${++visits}`;

const redturtleAt = (v: string) => ({ type: 'redturtle', folder: `${location.origin}/test-api/redturtle/${v}/`, bookingType: 'Carta d’identità: ristampa PIN e PUK' });
const dciAt = (v: string) => ({
  type: 'dci-theme',
  slotsUrl: `${location.origin}/test-api/dci/${v}/date`,
  saveUrl: `${location.origin}/test-api/dci/${v}/save`,
  office: { id: '42', name: 'Ufficio Anagrafe' },
  service: { id: '7', name: 'Carta d’identità elettronica' },
});

/** Dalmine's settings, with a booking system behind its counter (its page names none). */
async function dalmineWith(system: object, lang = 'it'): Promise<CieAppointmentLink> {
  addJsonScript({ booking: { system } }, { id: 'booking-system' });
  return mount<CieAppointmentLink>(html`<cie-appointment-link comune="dalmine" config="booking-system" lang=${lang}></cie-appointment-link>`);
}

const heading = (el: Element) => textOf($(el, '#booking-flow-heading')!);
const slotLabels = (el: Element) => $$(el, '.booking-flow .slot').map(textOf);
const held = async (system: 'redturtle' | 'dci', v: string) => (await (await fetch(`/test-api/${system}/${v}/bookings`)).json()) as Record<string, unknown>[];

async function firstTimesShown(el: Element) {
  await waitUntil(() => $$(el, '.booking-flow .slot').length > 0, 'the first free times are shown');
}

/** Types into a field as a citizen does: focus, then keys. */
async function typeInto(el: Element, id: string, text: string) {
  $(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
}

async function press(el: LitElement, buttonText: string) {
  const button = $$(el, '.booking-flow button').find((b) => textOf(b) === buttonText);
  if (!button) throw new Error(`no button "${buttonText}" in: ${textOf(el)}`);
  button.click();
  await el.updateComplete;
}

/** Chooses the free time `slotId`, answers RedTurtle's questions and reaches the summary. */
async function toSummary(el: LitElement, slotId = 'slot-n0') {
  await firstTimesShown(el);
  ($(el, `#${slotId}`) as HTMLInputElement).click();
  await press(el, 'Continua');
  await waitUntil(() => $(el, '#booking-fullname') !== null);
  await typeInto(el, 'booking-fullname', 'Maria Esempio');
  await typeInto(el, 'booking-email', 'maria.esempio@example.org');
  await typeInto(el, 'booking-fiscalcode', 'RSSMRA85T10A562S');
  await press(el, 'Continua');
  await waitUntil(() => heading(el) === 'Controlla e conferma');
}

/** Dalmine's page with the appointment card and the reprint form, both on one booking system. */
async function cardAndForm(name: string) {
  sessionStorage.clear();
  addJsonScript({ booking: { system: redturtleAt(visit(name)) } }, { id: 'booking-system' });
  const page = await fixture<HTMLElement>(html`<div>
    <cie-appointment-link comune="dalmine" config="booking-system" lang="it"></cie-appointment-link>
    <cie-reprint-form comune="dalmine" config="booking-system" lang="it"></cie-reprint-form>
  </div>`);
  const el = page.querySelector<CieAppointmentLink>('cie-appointment-link')!;
  const form = page.querySelector<CieReprintForm>('cie-reprint-form')!;
  await Promise.all([el.ready, form.ready]);
  return { el, form };
}

/** The booking's code and day as the confirmation says them. */
function confirmed(el: LitElement) {
  return { code: textOf($(el, '.review .code')!), when: /fissato per ([^.]+)\./.exec(textOf(el))![1]! };
}

/** "Stampa il riepilogo" pressed on the form's summary: the sheet's text as it would print (the real dialog would wait for a person). */
async function printedSummary(form: LitElement): Promise<string> {
  const print = window.print;
  let printed = 0;
  window.print = () => void printed++;
  try {
    [...(await outcome(form)).querySelectorAll('button')].find((b) => textOf(b) === 'Stampa il riepilogo')!.click();
    await waitUntil(() => printed === 1, 'the print dialog was not asked for');
    return ((await executeServerCommand('print-sheet')) as { text: string }).text;
  } finally {
    window.print = print;
    document.querySelectorAll('body > .cie-print-sheet').forEach((sheet) => sheet.remove());
    document.body.classList.remove('cie-printing');
  }
}

describe('<cie-appointment-link> booking on the page', () => {
  afterEach(async () => {
    removeAddedScripts();
    recordAppointment(undefined); // a booking is the page's: each test is a page of its own
    await setViewport({ width: 800, height: 600 });
  });

  it('RedTurtle, by keyboard alone: next free times, the system’s questions, a summary, the confirmation with a calendar file; the booking exists in the system', async () => {
    const v = visit('keyboard');
    const el = await dalmineWith(redturtleAt(v));
    await firstTimesShown(el);
    await expect(el).to.be.accessible();
    expect(heading(el)).to.equal('Scegli il giorno e l’orario');
    // Four at a glance, each with its day and start on Rome's clock (the system writes UTC; its free times have no end).
    expect(slotLabels(el)).to.have.length(4);
    expect(slotLabels(el)[0]).to.match(/^(lunedì|martedì|mercoledì|giovedì|venerdì) \d{1,2} \p{L}+, 09:00$/u);
    // The other ways stay on the card.
    expect(textOf(el)).to.contain('Altri modi per prenotare:');
    expect(textOf(el)).to.contain('Prenota l’appuntamento con lo Sportello Carte d’Identità');

    // Keyboard: focus the first time, arrow to the second (radio group), then the button.
    $(el, '#slot-n0')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => ($(el, '#slot-n1') as HTMLInputElement).checked);
    const chosen = slotLabels(el)[1]!;
    const continueButton = $$(el, '.booking-flow button').find((b) => textOf(b) === 'Continua')!;
    continueButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'I tuoi dati per l’appuntamento', 'the questions');
    expect(el.shadowRoot!.activeElement?.id).to.equal('booking-flow-heading');
    await expect(el).to.be.accessible();
    // The folder's required questions and the ones our own words cover; its optional notes left out.
    expect($$(el, '.booking-flow .field > label').map(textOf)).to.deep.equal(['Nome e cognome *', 'Email *', 'Telefono', 'Codice fiscale *']);

    // Sent empty: each problem said, linked to its field, the list focused.
    $(el, '.booking-flow button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.booking-errors') !== null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.booking-errors'));
    expect($$(el, '.booking-errors a').map(textOf)).to.deep.equal(['Scrivi: Nome e cognome.', 'Scrivi: Email.', 'Scrivi: Codice fiscale.']);
    expect($(el, '#booking-fullname')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#booking-fullname')!.getAttribute('aria-describedby')).to.equal('booking-fullname-error');
    await expect(el).to.be.accessible();

    await typeInto(el, 'booking-fullname', 'Maria Esempio');
    await typeInto(el, 'booking-email', 'maria.esempio@example.org');
    await typeInto(el, 'booking-fiscalcode', 'RSSMRA85T10A562S');
    await sendKeys({ press: 'Enter' }); // submits the form from its last field
    await waitUntil(() => heading(el) === 'Controlla e conferma', 'the summary');
    const summary = $$(el, '.review dd').map(textOf);
    expect(summary[1]).to.equal(chosen);
    expect(summary.slice(2)).to.deep.equal(['Maria Esempio', 'maria.esempio@example.org', 'RSSMRA85T10A562S']);
    await expect(el).to.be.accessible();

    const confirm = $$(el, '.booking-flow button').find((b) => textOf(b) === 'Conferma la prenotazione')!;
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Appuntamento confermato', 'the confirmation');
    await expect(el).to.be.accessible();
    const code = textOf($(el, '.review .code')!);
    expect(code).to.match(/^[0-9A-F]{6}$/);
    // Booked: the card's other ways to book are no longer offered.
    expect(textOf(el)).to.not.contain('Altri modi per prenotare');
    expect(textOf(el)).to.match(/L’appuntamento è fissato per \p{L}+ \d{1,2} \p{L}+ \d{4}, 09:30–10:00\./u);

    // The system holds it, with what the citizen wrote, at the time chosen.
    const bookings = await held('redturtle', v);
    expect(bookings).to.have.length(1);
    expect(bookings[0]).to.include({ booking_code: code, title: 'Maria Esempio', email: 'maria.esempio@example.org', fiscalcode: 'RSSMRA85T10A562S' });

    // The calendar file: the same time, the place, the code.
    const ics = decodeURIComponent($(el, '.calendar-links a[download]')!.getAttribute('href')!.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(ics).to.contain(`DTSTART:${utc(`${String(bookings[0]!.booking_date)}Z`)}`);
    expect(ics).to.contain(`DTEND:${utc(`${String(bookings[0]!.booking_expiration_date)}Z`)}`);
    expect(ics).to.contain('LOCATION:Sportello Carte d’Identità');
    expect(ics).to.contain(`DESCRIPTION:Codice della prenotazione: ${code}`);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    expect($$(el, '.calendar-links a').map(textOf)).to.deep.equal(['File per il calendario del telefono (.ics)', 'Google Calendar', 'Outlook']);
  });

  it('RedTurtle: the citizen cancels from the confirmation, after saying yes once; the system holds it no more', async () => {
    const v = visit('cancel');
    const el = await dalmineWith(redturtleAt(v));
    await toSummary(el);
    await press(el, 'Conferma la prenotazione');
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    await press(el, 'Annulla l’appuntamento');
    expect(textOf(el)).to.contain('Vuoi davvero annullare l’appuntamento?');
    await press(el, 'No, lo tengo');
    expect((await held('redturtle', v))[0]).to.not.have.property('cancelled');
    await press(el, 'Annulla l’appuntamento');
    await press(el, 'Sì, annulla l’appuntamento');
    await waitUntil(() => heading(el) === 'Appuntamento annullato', 'cancelled');
    expect((await held('redturtle', v))[0]).to.have.property('cancelled', true);
    await expect(el).to.be.accessible();
    // Another time, from here: the free times again (the cancelled one among them), the other ways back.
    await press(el, 'Scegli un altro orario');
    await firstTimesShown(el);
    expect(heading(el)).to.equal('Scegli il giorno e l’orario');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'booking-flow-heading', 'focus on the step');
    expect(textOf(el)).to.contain('Altri modi per prenotare:');
  });

  it('a time taken by someone else meanwhile is said plainly, the next ones offered, what the citizen wrote kept', async () => {
    const v = visit('taken');
    const el = await dalmineWith(redturtleAt(v));
    await firstTimesShown(el);
    const taken = slotLabels(el)[0]!;
    await toSummary(el);
    // Someone else books that time at the counter's own desk.
    const items = ((await (await fetch(`/test-api/redturtle/${v}/@available-slots?booking_type=x`)).json()) as { items: string[] }).items;
    await fetch(`/test-api/redturtle/${v}/take?start=${items[0]}Z`, { method: 'POST' });
    await press(el, 'Conferma la prenotazione');
    await waitUntil(() => $(el, '.booking-notice') !== null, 'the notice');
    expect(textOf($(el, '.booking-notice')!)).to.equal('L’orario scelto non è più libero: qualcuno lo ha prenotato nel frattempo. Scegli un altro orario; i tuoi dati restano.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.booking-notice'));
    await firstTimesShown(el);
    expect(slotLabels(el)).to.not.include(taken);
    ($(el, '#slot-n0') as HTMLInputElement).click();
    await press(el, 'Continua');
    await waitUntil(() => $(el, '#booking-fullname') !== null);
    expect(($(el, '#booking-fullname') as HTMLInputElement).value).to.equal('Maria Esempio');
    expect((await held('redturtle', v)).filter((b) => b.by !== 'someone else')).to.have.length(0);
  });

  it('a second tap on "Conferma" while the first is on its way books once', async () => {
    const v = visit('twice');
    const el = await dalmineWith(redturtleAt(v));
    await toSummary(el, 'slot-n2');
    const confirm = $$(el, '.booking-flow button').find((b) => textOf(b) === 'Conferma la prenotazione')!;
    confirm.click();
    confirm.click();
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    expect(await held('redturtle', v)).to.have.length(1);
  });

  it('another month: its free times under each day, as radio buttons', async () => {
    const el = await dalmineWith(redturtleAt(visit('month')));
    await firstTimesShown(el);
    const select = $(el, '#booking-month') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).to.have.length(4);
    const withSlots = [...select.options].slice(1).find((o) => o.value) as HTMLOptionElement;
    select.value = withSlots.value;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, '.booking-flow fieldset legend').length > 0 || textOf(el).includes('Nessun orario libero in'));
    for (const fieldset of $$(el, '.booking-flow fieldset')) {
      expect(textOf(fieldset.querySelector('legend')!)).to.match(/^\p{L}+ \d{1,2} \p{L}+$/u);
      expect([...fieldset.querySelectorAll('.slot')].map(textOf).every((t) => /^\d\d:\d\d–\d\d:\d\d$/.test(t))).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('the system down: the reason in the console for the editor, a plain sentence for the citizen, the other ways to book still there', async () => {
    const { result: el, warnings } = await captureConsole(async () => {
      const mounted = await dalmineWith(redturtleAt(visit('down')));
      await waitUntil(() => textOf(mounted).includes('non risponde'), 'the sentence');
      return mounted;
    });
    expect(textOf(el)).to.contain('La prenotazione in questa pagina non risponde ora. Prenota in uno dei modi indicati qui.');
    expect(textOf(el)).to.contain('Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune');
    expect(warnings.join()).to.contain('answered 503');
    expect($$(el, '.booking-flow button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('Designers Italia theme, by touch: the theme’s questions and its privacy box; the booking saved with the office and service it knows', async () => {
    const v = visit('dci');
    const el = await dalmineWith(dciAt(v));
    await firstTimesShown(el);
    expect(slotLabels(el)[0]).to.match(/, 09:00–09:30$/);
    ($(el, '#slot-n0') as HTMLInputElement).click();
    await press(el, 'Continua');
    await waitUntil(() => $(el, '#booking-name') !== null);
    expect($$(el, '.booking-flow .field label').map(textOf)).to.deep.equal(['Nome *', 'Cognome *', 'Email *', 'Ho letto l’informativa sul trattamento dei dati personali *']);
    await typeInto(el, 'booking-name', 'Maria');
    await typeInto(el, 'booking-surname', 'Esempio');
    await typeInto(el, 'booking-email', 'maria.esempio@example.org');
    await press(el, 'Continua');
    // The box is never ticked for the citizen.
    await waitUntil(() => $(el, '.booking-errors') !== null);
    expect($$(el, '.booking-errors a').map(textOf)).to.deep.equal(['Per prenotare, conferma di aver letto l’informativa.']);
    ($(el, '#booking-privacy') as HTMLInputElement).click();
    await press(el, 'Continua');
    await waitUntil(() => heading(el) === 'Controlla e conferma');
    await press(el, 'Conferma la prenotazione');
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    const [booking] = await held('dci', v);
    expect(booking).to.deep.include({ name: 'Maria', surname: 'Esempio', email: 'maria.esempio@example.org', office: { id: '42', name: 'Ufficio Anagrafe' }, service: { id: '7', name: 'Carta d’identità elettronica' } });
    expect(textOf($(el, '.review .code')!)).to.equal(String(booking!.id));
    // The theme lets no citizen cancel: no button that would fail.
    expect($$(el, '.booking-flow button').map(textOf)).to.not.include('Annulla l’appuntamento');
  });

  it('in English: the steps, the dates and the confirmation', async () => {
    const el = await dalmineWith(redturtleAt(visit('en')), 'en');
    await firstTimesShown(el);
    expect(heading(el)).to.equal('Choose the day and time');
    expect(slotLabels(el)[0]).to.match(/^(Monday|Tuesday|Wednesday|Thursday|Friday), \w+ \d{1,2}, 09:00$/);
    ($(el, '#slot-n0') as HTMLInputElement).click();
    await press(el, 'Continue');
    await waitUntil(() => $(el, '#booking-fullname') !== null);
    expect($$(el, '.booking-flow .field > label').map(textOf)).to.deep.equal(['Full name *', 'Email *', 'Phone', 'Tax code (codice fiscale) *']);
  });

  it('at 320 px wide nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await dalmineWith(redturtleAt(visit('narrow')));
    await firstTimesShown(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });


  it('the reprint form beside it: its summary says the appointment booked in the card, and prints it', async () => {
    const { el, form } = await cardAndForm('sheet');
    await toSummary(el);
    await press(el, 'Conferma la prenotazione');
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    const { code, when } = confirmed(el);

    await submitFilledReprint(form);
    // No second booking in the form: the one made beside it, said.
    const summary = textOf(await outcome(form));
    expect(summary).to.contain(`Appuntamento allo sportello: ${when}`);
    expect(summary).to.contain(`Codice della prenotazione: ${code}`);
    expect($(form, '.booking-flow')).to.equal(null);
    const sheet = await printedSummary(form);
    expect(sheet).to.contain(`Appuntamento allo sportello: ${when}`);
    expect(sheet).to.contain(`Codice della prenotazione: ${code}`);
  });

  it('the reprint form alone, for a counter by appointment: its summary books the counter, and the summary printed then carries the appointment', async () => {
    sessionStorage.clear();
    const v = visit('form');
    addJsonScript({ booking: { system: redturtleAt(v) } }, { id: 'booking-system' });
    const form = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" config="booking-system" lang="it"></cie-reprint-form>`);
    await submitFilledReprint(form);
    await firstTimesShown(form);
    await expect(form).to.be.accessible();
    expect(heading(form)).to.equal('Scegli il giorno e l’orario');
    // The comune's own way to book stays below, as the way round.
    expect(textOf(await outcome(form))).to.contain('Altri modi per prenotare:');
    ($(form, '#slot-n0') as HTMLInputElement).click();
    await press(form, 'Continua');
    await waitUntil(() => heading(form) === 'I tuoi dati per l’appuntamento', 'the questions');
    // What the form already has is filled in, not asked again: the applicant's name, code and email.
    const filled = (id: string) => ($(form, `#${id}`) as HTMLInputElement).value;
    expect(['booking-fullname', 'booking-email', 'booking-fiscalcode', 'booking-phone'].map(filled)).to.deep.equal(['Mario Rossi', 'mario.rossi@example.it', 'RSSMRA70A01H501S', '']);
    await expect(form).to.be.accessible();
    await press(form, 'Continua');
    await waitUntil(() => heading(form) === 'Controlla e conferma', 'the summary');
    await press(form, 'Conferma la prenotazione');
    await waitUntil(() => heading(form) === 'Appuntamento confermato', 'the confirmation');
    await expect(form).to.be.accessible();
    const { code, when } = confirmed(form);
    expect(textOf(form)).to.not.contain('Altri modi per prenotare');
    const bookings = await held('redturtle', v);
    expect(bookings).to.have.length(1);
    expect(bookings[0]).to.include({ booking_code: code, title: 'Mario Rossi', email: 'mario.rossi@example.it', fiscalcode: 'RSSMRA70A01H501S' });
    const sheet = await printedSummary(form);
    expect(sheet).to.contain(`Appuntamento allo sportello: ${when}`);
    expect(sheet).to.contain(`Codice della prenotazione: ${code}`);
  });

  it('one appointment a page: booked in the card, the form’s summary says it instead of its times; cancelled, the times come back', async () => {
    const { el, form } = await cardAndForm('one');
    await submitFilledReprint(form);
    await firstTimesShown(form);

    await toSummary(el);
    await press(el, 'Conferma la prenotazione');
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    const { code, when } = confirmed(el);
    await waitUntil(() => heading(form) === 'Appuntamento già prenotato', 'the form says the appointment booked beside it');
    const summary = textOf(await outcome(form));
    expect(summary).to.contain(`Appuntamento allo sportello: ${when}`);
    expect(summary).to.contain(`Codice della prenotazione: ${code}`);
    expect(summary).to.not.contain('Altri modi per prenotare');
    expect($$(form, '.booking-flow .slot')).to.have.length(0);
    await expect(form).to.be.accessible();

    await press(el, 'Annulla l’appuntamento');
    await press(el, 'Sì, annulla l’appuntamento');
    await waitUntil(() => heading(el) === 'Appuntamento annullato');
    await waitUntil(() => heading(form) === 'Scegli il giorno e l’orario', 'the form offers its times again');
    expect($$(form, '.booking-flow .slot').length).to.be.greaterThan(0);
  });

  it('the reprint form’s summary with the booking system down: a plain sentence, and the comune’s own way to book', async () => {
    sessionStorage.clear();
    addJsonScript({ booking: { system: redturtleAt(visit('down-form')) } }, { id: 'booking-system' });
    const { result: form, warnings } = await captureConsole(async () => {
      const mounted = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" config="booking-system" lang="it"></cie-reprint-form>`);
      await submitFilledReprint(mounted);
      await waitUntil(() => textOf(mounted).includes('non risponde'), 'the sentence');
      return mounted;
    });
    const shown = textOf(await outcome(form));
    expect(shown).to.contain('La prenotazione in questa pagina non risponde ora. Prenota in uno dei modi indicati qui.');
    expect(shown).to.contain('Altri modi per prenotare: Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune');
    expect(warnings.join()).to.contain('<cie-reprint-form>: the booking system did not answer as expected');
    await expect(form).to.be.accessible();
  });
});

describe('what a form offers a booking system of its answers', () => {
  it('the applicant: the holder, or the parent who applies for a minor; never an empty answer', () => {
    const holder = { holderGivenName: ' Mario ', holderFamilyName: 'Rossi', holderCodiceFiscale: 'rssmra 70a01 h501s', email: 'mario.rossi@example.it' };
    expect(applicantAnswers(holder)).to.deep.equal({
      'given-name': 'Mario',
      'family-name': 'Rossi',
      'full-name': 'Mario Rossi',
      'fiscal-code': 'RSSMRA70A01H501S',
      email: 'mario.rossi@example.it',
    });
    const parent = { ...holder, applicantGivenName: 'Anna', applicantFamilyName: 'Esempio', applicantCodiceFiscale: 'CNTCHR83T41D969D', mobile: '333 123 4567' };
    expect(applicantAnswers(parent)).to.include({ 'full-name': 'Anna Esempio', 'fiscal-code': 'CNTCHR83T41D969D', phone: '333 123 4567' });
  });
});

