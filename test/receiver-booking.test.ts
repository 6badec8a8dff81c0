// The counter's own appointments on the reference receiver (booking.system "receiver"), for
// real: the receiver beside the test runner on PGlite (PostgreSQL in CI), its SMTP server, the
// office's command line. What the citizen sees on the page, what the database and the
// citizen's mailbox hold, and what the office reads back.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../components/appointment-link/index.js';
import type { CieAppointmentLink } from '../components/appointment-link/index.js';
import { romeDate, daysAfter, romeInstant } from '../src/booking/rome-time.js';
import { isNationalHoliday } from '../src/time/holidays.js';
import { isClosedDay } from '../src/time/opening-hours.js';
import { $, $$, addJsonScript, exampleSettings, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { command, type CheckResult, type Mail } from './helpers/receiver.js';
import { waitUntil } from './helpers/wait.js';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}
interface Slot {
  start: string;
  end: string;
}

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];
/** Every day 08:00–18:00 in half hours, one citizen at a time; today and tomorrow closed, so every time is a day or more away. */
async function openWeek() {
  const today = romeDate(new Date());
  await command('receiver-booking-week', {
    comune: 'esempio',
    days: ALL_WEEK,
    spans: [{ opens: '08:00', closes: '18:00', minutes: 30, capacity: 1 }],
    closed: [0, 1].map((n) => ({ day: daysAfter(today, n), closed: true })),
  });
}

const heading = (el: Element) => textOf($(el, '#booking-flow-heading')!);

async function press(el: CieAppointmentLink, buttonText: string) {
  const button = $$(el, '.booking-flow button').find((b) => textOf(b) === buttonText);
  if (!button) throw new Error(`no button "${buttonText}" in: ${textOf(el)}`);
  button.click();
  await el.updateComplete;
}

function setValue(el: Element, id: string, value: string) {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('the reference receiver as the counter’s booking system', function () {
  let base: string;
  let booking: string;
  let office: { closedDates?: string[]; patronDay?: string };
  /** The first day `days` or more from today that the example comune's office is open (no holiday, none of its closed dates). */
  const openDayFrom = (days: number) => {
    let day = daysAfter(romeDate(new Date()), days);
    while (isClosedDay(day, office)) day = daysAfter(day, 1);
    return day;
  };
  const freeOn = async (day: string): Promise<Slot[]> => ((await (await fetch(`${booking}/slots?from=${day}&to=${day}`)).json()) as { slots: Slot[] }).slots;
  const book = (slot: Pick<Slot, 'start'>, key: string, extra: Record<string, unknown> = {}) =>
    fetch(`${booking}/appointments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ start: slot.start, givenName: 'Lucia', familyName: 'Prova', email: 'lucia.prova@example.org', locale: 'it', ...extra }),
    });
  const cancel = (code: string, key: string) =>
    fetch(`${booking}/appointments/${code}/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ idempotencyKey: key }) });

  before(async function () {
    ({ url: base } = await command<{ url: string }>('receiver'));
    booking = `${base}/comuni/esempio/booking`;
    ({ office } = await exampleSettings());
  });
  beforeEach(openWeek);
  afterEach(removeAddedScripts);

  it('a citizen books on the page from the receiver’s own times, gets the email with the calendar file, and can cancel', async () => {
    const settings = await exampleSettings();
    addJsonScript({ ...settings, booking: { ...settings.booking, system: { type: 'receiver', url: booking } } }, { id: 'receiver-booking' });
    const el = await mount<CieAppointmentLink>(html`<cie-appointment-link config="receiver-booking"></cie-appointment-link>`);
    await waitUntil(() => $$(el, '.booking-flow .slot').length > 0, 'the first free times are shown');
    await expect(el).to.be.accessible();
    // Today and tomorrow are closed: the first time is on the next day the office is open, at 08:00 on Rome's clock.
    const firstDay = openDayFrom(2);
    expect(textOf($$(el, '.booking-flow .slot')[0]!)).to.match(/, 08:00–08:30$/);

    ($(el, '#slot-n0') as HTMLInputElement).click();
    await press(el, 'Continua');
    await waitUntil(() => heading(el) === 'I tuoi dati per l’appuntamento', 'the questions');
    await expect(el).to.be.accessible();
    expect($$(el, '.booking-flow .field > label').map(textOf)).to.deep.equal(['Nome *', 'Cognome *', 'Email *', 'Telefono']);
    setValue(el, 'booking-givenName', 'Lucia');
    setValue(el, 'booking-familyName', 'Prova');
    setValue(el, 'booking-email', 'lucia.prova@example.org');
    await press(el, 'Continua');
    await waitUntil(() => heading(el) === 'Controlla e conferma', 'the summary');
    await press(el, 'Conferma la prenotazione');
    await waitUntil(() => heading(el) === 'Appuntamento confermato', 'the confirmation');
    await expect(el).to.be.accessible();
    const code = textOf($(el, '.review .code')!);
    expect(code).to.match(/^ESE-[2-9A-HJ-NP-Z]{6}$/);
    expect(textOf(el)).to.contain('Sportello Anagrafe, piano terra, Piazza del Municipio 1, 00100 Esempio (RM)');

    // The receiver holds it, with what the citizen wrote, at the time chosen; the time is no longer free (one at a time).
    const [row] = await command<{ answers: Record<string, string>; locale: string; starts_at: string }[]>('receiver-sql', {
      sql: 'select answers, locale, starts_at from bookings where comune = $1 and code = $2',
      params: ['esempio', code],
    });
    expect(row!.answers).to.deep.equal({ givenName: 'Lucia', familyName: 'Prova', email: 'lucia.prova@example.org' });
    expect(row!.locale).to.equal('it');
    const start = new Date(row!.starts_at).toISOString();
    expect(romeDate(new Date(start))).to.equal(firstDay);
    expect((await freeOn(firstDay)).map((s) => s.start)).to.not.include(start);

    // The citizen's email: the appointment in their language, the place, what to bring, whom to ask, and the calendar file.
    await command('receiver-deliver');
    const mail = (await command<Mail[]>('receiver-mail')).find((m) => m.to === 'lucia.prova@example.org' && m.text.includes(code));
    expect(mail, 'the confirmation email').to.not.equal(undefined);
    expect(mail!.subject).to.match(/^Appuntamento confermato: \p{L}+ \d{1,2} \p{L}+ \d{4}, 08:00–08:30 \(Comune di Esempio\)$/u);
    expect(mail!.replyTo).to.equal('anagrafe@comune.esempio.it');
    expect(mail!.text).to.contain(`Codice della prenotazione: ${code}`);
    expect(mail!.text).to.contain('Dove: Sportello Anagrafe, piano terra, Piazza del Municipio 1, 00100 Esempio (RM)');
    expect(mail!.text).to.contain("Cosa portare:\n- La carta d'identità elettronica\n- Il codice fiscale");
    expect(mail!.text).to.contain('Per informazioni:');
    const [ics] = mail!.attachments;
    expect(ics).to.include({ filename: 'appuntamento-cie.ics', contentType: 'text/calendar' });
    expect(ics!.content).to.contain(`DTSTART:${start.replace(/[-:]/g, '').replace('.000', '')}`);
    expect(ics!.content).to.contain(`UID:${code}@esempio.cie-widgets`);
    // The office's notice: who comes when, in Italian, a reply goes to the citizen.
    const officeMail = (code: string, subject: string) =>
      command<Mail[]>('receiver-mail').then((mails) => mails.find((m) => m.to === 'anagrafe@comune.esempio.it' && m.subject.startsWith(`${code} — ${subject}`)));
    const notice = await officeMail(code, 'appuntamento');
    expect(notice, 'the office’s notice').to.not.equal(undefined);
    expect(notice!.replyTo).to.equal('lucia.prova@example.org');
    expect(notice!.text).to.match(new RegExp(`^Nuovo appuntamento allo sportello — Comune di Esempio\n\nCodice: ${code}\nQuando: \\p{L}+ \\d{1,2} \\p{L}+ \\d{4}, 08:00–08:30\nNome: Lucia Prova\nEmail: lucia.prova@example.org\nLingua del cittadino: it\nPrenotato il: `, 'u'));

    // Cancelled from the page: the receiver marks it, and the time is free again.
    await press(el, 'Annulla l’appuntamento');
    await press(el, 'Sì, annulla l’appuntamento');
    await waitUntil(() => heading(el) === 'Appuntamento annullato', 'the cancellation');
    await expect(el).to.be.accessible();
    const [after] = await command<{ cancelled: boolean }[]>('receiver-sql', { sql: 'select cancelled_at is not null as cancelled from bookings where code = $1', params: [code] });
    expect(after!.cancelled).to.equal(true);
    expect((await freeOn(firstDay)).map((s) => s.start)).to.include(start);
    // Both told, each once: the citizen in their language, the office with the time it lost.
    await command('receiver-deliver');
    const told = (await command<Mail[]>('receiver-mail')).filter((m) => m.messageId?.includes(`${code}.`));
    expect(told.map((m) => m.messageId!.split('@')[0]).sort()).to.deep.equal([`<${code}.citizen`, `<${code}.citizen.cancelled`, `<${code}.office`, `<${code}.office.cancelled`]);
    const cancelled = told.find((m) => m.to === 'lucia.prova@example.org' && m.subject.startsWith('Appuntamento annullato'));
    expect(cancelled!.subject).to.match(/^Appuntamento annullato: \p{L}+ \d{1,2} \p{L}+ \d{4}, 08:00–08:30 \(Comune di Esempio\)$/u);
    expect(cancelled!.text).to.contain(`Codice della prenotazione: ${code}`);
    expect(cancelled!.attachments).to.deep.equal([]);
    const lost = await officeMail(code, 'annullato');
    expect(lost!.text).to.contain('Appuntamento annullato dal cittadino — Comune di Esempio');
    expect(lost!.text).to.match(/\nAnnullato il: \d{1,2} \p{L}+ \d{4}/u);
  });

  it('takes each place once: the last one goes to one of two citizens, a retry gets the same booking, a wrong key cancels nothing', async () => {
    const day = openDayFrom(3);
    const slot = (await freeOn(day))[5]!;
    // Two pages at once for the last place (a preflight each: the page is on another origin than the receiver).
    const keys = [crypto.randomUUID(), crypto.randomUUID()];
    const answers = await Promise.all(keys.map((key) => book(slot, key)));
    expect(answers.map((a) => a.status).sort()).to.deep.equal([201, 409]);
    const winner = answers.findIndex((a) => a.status === 201);
    const first = (await answers[winner]!.json()) as { code: string; start: string; end: string };
    expect(first).to.deep.equal({ code: first.code, start: slot.start, end: slot.end });
    expect(await answers[1 - winner]!.json()).to.include({ title: 'Taken' });

    // The winner's page retries (its answer was lost): the same booking, nothing new.
    const again = await book(slot, keys[winner]!);
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal(first);
    const rows = await command<unknown[]>('receiver-sql', { sql: 'select 1 from bookings where comune = $1 and starts_at = $2 and cancelled_at is null', params: ['esempio', slot.start] });
    expect(rows).to.have.length(1);

    // Only the key it was booked with cancels it; cancelling twice is still cancelled.
    expect((await cancel(first.code, keys[1 - winner]!)).status).to.equal(404);
    expect((await cancel(first.code, keys[winner]!)).status).to.equal(204);
    expect((await cancel(first.code, keys[winner]!)).status).to.equal(204);
    expect((await freeOn(day)).map((s) => s.start)).to.include(slot.start);

    // A time that is not on the counter's grid, or a booking without its key or its answers, is refused in words.
    const offGrid = { start: new Date(Date.parse(slot.start) + 10 * 60_000).toISOString() };
    expect(await (await book(offGrid, crypto.randomUUID())).json()).to.include({ title: 'Not a free time' });
    expect((await book(slot, 'short')).status).to.equal(400);
    const noEmail = await book(slot, crypto.randomUUID(), { email: 'not an address' });
    expect(noEmail.status).to.equal(400);
    expect(((await noEmail.json()) as { detail: string }).detail).to.equal('Check: email.');
    expect((await fetch(`${booking}/slots?from=${day}&to=${daysAfter(day, 200)}`)).status).to.equal(400);
  });

  it('follows the office’s week and closed days, writes in the citizen’s language, and forgets with the requests’ retention', async () => {
    const day = openDayFrom(4);
    expect(await freeOn(day)).to.have.length(20); // 08:00–18:00 in half hours
    // No appointment on a national holiday (there is one within any 80 days) or a day the comune's settings close its office.
    let holiday = daysAfter(romeDate(new Date()), 2);
    while (!isNationalHoliday(holiday)) holiday = daysAfter(holiday, 1);
    expect(await freeOn(holiday), holiday).to.deep.equal([]);
    expect(await freeOn(office.closedDates!.find((d) => d > daysAfter(romeDate(new Date()), 1)) ?? holiday)).to.deep.equal([]);
    await command('receiver-booking-week', { comune: 'esempio', closed: [{ day, closed: true }] });
    expect(await freeOn(day)).to.deep.equal([]);
    await command('receiver-booking-week', { comune: 'esempio', closed: [{ day, closed: false }] });
    await command('receiver-booking-week', { comune: 'esempio', days: ALL_WEEK, spans: [{ opens: '09:00', closes: '10:00', minutes: 20, capacity: 2 }] });
    const slots = await freeOn(day);
    expect(slots.map((s) => new Intl.DateTimeFormat('it', { timeZone: 'Europe/Rome', timeStyle: 'short' }).format(new Date(s.start)))).to.deep.equal(['09:00', '09:20', '09:40']);

    // Two at a time: a first booking leaves the time free for a second citizen.
    const key = crypto.randomUUID();
    expect((await book(slots[0]!, key, { locale: 'de', email: 'anna.beispiel@example.org', phone: '+39 333 000 0000' })).status).to.equal(201);
    expect((await freeOn(day)).map((s) => s.start)).to.include(slots[0]!.start);
    await command('receiver-deliver');
    const mail = (await command<Mail[]>('receiver-mail')).find((m) => m.to === 'anna.beispiel@example.org');
    expect(mail!.subject).to.match(/^Termin bestätigt: /);
    expect(mail!.text).to.contain('Wo: Meldeamtsschalter, Erdgeschoss');

    // Kept as long as a request (365 days here), from the day it was for.
    const held = async () => (await command<unknown[]>('receiver-sql', { sql: 'select 1 from bookings where comune = $1 and starts_at = $2', params: ['esempio', slots[0]!.start] })).length;
    await command('receiver-purge', { daysFromNow: 364 });
    expect(await held()).to.equal(1);
    const purged = await command<Record<string, { bookings: number }>>('receiver-purge', { daysFromNow: 365 + 6 });
    expect(purged.esempio!.bookings).to.be.greaterThan(0);
    expect(await held()).to.equal(0);
  });

  it('check-endpoint --booking passes on the receiver’s booking address, CORS included', async () => {
    const results = await command<CheckResult[]>('receiver-check-booking', { system: { type: 'receiver', url: booking }, origin: location.origin });
    expect(results.filter((r) => !r.ok)).to.deep.equal([]);
    expect(results.map((r) => r.point)).to.include("CORS: booking from the comune's site");
    expect(results[2]!.detail).to.equal('givenName*, familyName*, email*, phone');
    // Another site: the receiver does not name it, so a browser there would be refused.
    const elsewhere = await command<CheckResult[]>('receiver-check-booking', { system: { type: 'receiver', url: booking }, origin: 'https://www.altro-sito.example' });
    expect(elsewhere.filter((r) => !r.ok).map((r) => r.point)).to.deep.equal(["CORS: reading free times from the comune's site", "CORS: booking from the comune's site"]);
  });

  it('the office closes a day with appointments and cancels them: each citizen is told, with the office’s note; the list marks them', async () => {
    const day = openDayFrom(6);
    const [slot] = await freeOn(day);
    const booked = await book(slot!, crypto.randomUUID(), { givenName: 'Marco', email: 'marco.prova@example.org' });
    expect(booked.status).to.equal(201);
    const { code } = (await booked.json()) as { code: string };
    // `booking-closed --date <day> --note … --cancel-bookings`, through the same functions.
    const codes = await command<string[]>('receiver-booking-week', {
      comune: 'esempio',
      closed: [{ day, closed: true, note: 'Chiusura straordinaria per sciopero.' }],
      cancelDay: { from: romeInstant(`${day}T00:00`).toISOString(), to: romeInstant(`${daysAfter(day, 1)}T00:00`).toISOString() },
    });
    expect(codes).to.deep.equal([code]);
    expect(await freeOn(day)).to.deep.equal([]);
    await command('receiver-deliver');
    const told = (await command<Mail[]>('receiver-mail')).filter((m) => m.messageId?.includes(`${code}.`));
    expect(told.map((m) => m.messageId!.split('@')[0]).sort()).to.deep.equal([`<${code}.citizen`, `<${code}.citizen.closed`, `<${code}.office`]);
    const closed = told.find((m) => m.messageId!.startsWith(`<${code}.citizen.closed`))!;
    expect(closed.to).to.equal('marco.prova@example.org');
    expect(closed.subject).to.match(/^Appuntamento annullato: /);
    expect(closed.text).to.match(/Il Comune ha annullato l’appuntamento di \p{L}+ \d{1,2} \p{L}+ \d{4}, \d\d:\d\d–\d\d:\d\d: lo sportello è chiuso quel giorno\.\nChiusura straordinaria per sciopero\.\nCodice della prenotazione: /u);
    expect(closed.text).to.contain('Ci scusiamo: prenota un altro orario.');
    const [row] = await command<{ cancelled: boolean }[]>('receiver-sql', { sql: 'select cancelled_at is not null as cancelled from bookings where code = $1', params: [code] });
    expect(row!.cancelled).to.equal(true);
  });

  it('the office cancels one appointment a citizen asked it to cancel: the citizen is told, the time is free again', async () => {
    const day = openDayFrom(7);
    const [slot] = await freeOn(day);
    const booked = await book(slot!, crypto.randomUUID(), { givenName: 'Sara', email: 'sara.prova@example.org' });
    const { code } = (await booked.json()) as { code: string };
    expect(await command<string>('receiver-booking-week', { comune: 'esempio', cancelCode: code })).to.equal('cancelled');
    expect(await command<string>('receiver-booking-week', { comune: 'esempio', cancelCode: 'ESE-ZZZZZZ' })).to.equal('unknown');
    expect((await freeOn(day)).map((s) => s.start)).to.include(slot!.start);
    await command('receiver-deliver');
    const told = (await command<Mail[]>('receiver-mail')).filter((m) => m.messageId?.includes(`${code}.`));
    expect(told.map((m) => m.messageId!.split('@')[0]).sort()).to.deep.equal([`<${code}.citizen`, `<${code}.citizen.cancelled`, `<${code}.office`]);
    const cancelled = told.find((m) => m.messageId!.startsWith(`<${code}.citizen.cancelled`))!;
    expect(cancelled.to).to.equal('sara.prova@example.org');
    expect(cancelled.text).to.match(/L’appuntamento di \p{L}+ \d{1,2} \p{L}+ \d{4}, \d\d:\d\d–\d\d:\d\d è stato annullato\./u);
  });

  it('the office sets its week and closed days from the command line, and reads the appointments back', async function () {
    const closedDay = daysAfter(romeDate(new Date()), 10);
    const ran = await command<Ran[]>('receiver-booking-cli', {
      runs: [
        ['booking-hours', '--comune', 'esempio', '--day', 'lun', '--day', 'thursday', '--hours', '09:00-12:30', '--hours', '14:00-16:00', '--minutes', '20', '--capacity', '2'],
        ['booking-hours', '--comune', 'esempio', '--day', 'xyz', '--hours', '09:00-12:00', '--minutes', '20', '--capacity', '1'],
        ['booking-hours', '--comune', 'esempio', '--day', 'tue', '--hours', '09:00-12:00', '--hours', '11:00-13:00', '--minutes', '20', '--capacity', '1'],
        ['booking-closed', '--comune', 'esempio', '--date', closedDay, '--note', 'Formazione'],
        ['bookings', '--comune', 'esempio'],
        ['booking-closed', '--comune', 'esempio', '--date', closedDay, '--cancel-bookings'],
        ['booking-closed', '--comune', 'esempio', '--date', closedDay, '--open', '--cancel-bookings'],
        ['booking-cancel', '--comune', 'esempio', '--code', 'ese-zzzzzz'],
      ],
    });
    const [week, badDay, overlap, closed, listed, cancelling, openAndCancel, noSuchCode] = ran;
    expect(noSuchCode!.code).to.equal(2);
    expect(noSuchCode!.stderr).to.contain('no booking ESE-ZZZZZZ for esempio');
    expect(cancelling!.code, cancelling!.stderr).to.equal(0);
    expect(cancelling!.stdout).to.contain('No appointment was booked that day.');
    expect(openAndCancel!.code).to.equal(2);
    expect(openAndCancel!.stderr).to.contain('--cancel-bookings closes a day: not with --open');
    expect(week!.code, week!.stderr).to.equal(0);
    expect(week!.stdout).to.contain('Monday     09:00–12:30, 20 minutes each, 2 at a time; 14:00–16:00, 20 minutes each, 2 at a time');
    expect(week!.stdout).to.contain('Thursday   09:00–12:30');
    expect(week!.stdout).to.contain('Tuesday    no appointments');
    expect(badDay!.code).to.equal(2);
    expect(badDay!.stderr).to.contain('"xyz" is not a day of the week (mon … sun, lun … dom, or 1 … 7)');
    expect(overlap!.code).to.equal(2);
    expect(overlap!.stderr).to.contain('09:00–12:00 and 11:00–13:00 overlap');
    expect(closed!.code, closed!.stderr).to.equal(0);
    expect(closed!.stdout).to.contain(`Closed: ${closedDay} (Formazione)`);
    expect(listed!.code, listed!.stderr).to.equal(0);
    expect(listed!.stdout).to.equal('\ufeffCodice,Giorno,Dalle,Alle,Nome,Cognome,Email,Telefono,Lingua,Prenotato il,Annullato il\r\n');
  });
});
