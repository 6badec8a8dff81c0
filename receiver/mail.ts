// The emails a request owes: the citizen's confirmation (the receipt's words, in their
// language) and the office's notice (in Italian, with the card's copies if the comune
// wants them); a booking's confirmation to the citizen, with its calendar file, and the
// office's notice of it; both again, saying so, when it is cancelled. Sent from the outbox
// after the citizen has their answer; a failure waits
// and is tried again, never dropped, and never holds up a receipt.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { cancellationEmail, confirmationEmail } from '../src/booking/confirmation-email.js';
import { appointmentWhen } from '../src/booking/page-appointment.js';
import { loadLocale, pickLocale, speakIn } from '../src/locale.js';
import { receiptText } from '../src/requests/receipt.js';
import { kindOfType } from '../src/requests/kinds.js';
import { definitionOfType, OFFICE_ANSWERS, officeAnswersOf } from '../src/requests/registry.js';
import type { CieRequest } from '../src/requests/schema.js';
import { comuneText } from '../src/settings/comune-text.js';
import type { Comune, Receiver } from './config.js';
import { closedDays, type StoredBooking } from './booking.js';
import { romeDate } from '../src/booking/rome-time.js';
import type { Database } from './database.js';
import { cardCopiesOf, claimDueEmails, markFailed, markSent, type DueEmail, type StoredRequest } from './store.js';

export interface Mailer {
  send(message: SendMailOptions): Promise<void>;
  close(): void;
}

/** SMTP when configured; else each message written as an .eml file to the drop folder (the demo's inbox). */
export function createMailer(mail: Receiver['mail']): Mailer {
  if (mail.smtp) {
    // A pool of `parallel` connections: the outbox sends that many at once without a new handshake each.
    const transport: Transporter = nodemailer.createTransport({ url: mail.smtp, pool: true, maxConnections: mail.parallel, maxMessages: Infinity });
    return { send: async (message) => void (await transport.sendMail(message)), close: () => transport.close() };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let count = 0;
  return {
    async send(message) {
      const info = (await transport.sendMail(message)) as unknown as { message: Buffer };
      await mkdir(mail.dropFolder, { recursive: true });
      await writeFile(join(mail.dropFolder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`), info.message);
    },
    close: () => transport.close(),
  };
}

/** The declaration of the request a payload carries (its title for the emails). */
export const definitionOf = (request: CieRequest) => definitionOfType(request.type);

async function citizenEmail(stored: StoredRequest, comune: Comune, from: string): Promise<SendMailOptions> {
  const { request } = stored;
  await loadLocale(request.locale);
  const service = comune.widget.requests[kindOfType(request.type)] ?? comune.widget.requests.reprint;
  const receipt = speakIn(request.locale, () =>
    receiptText({ settings: comune.widget, service, title: definitionOf(request).title(comune.widget), reference: stored.reference, receivedAt: stored.receivedAt, locale: request.locale }),
  );
  return { from, to: request.contacts.email, replyTo: comune.widget.office.email, subject: receipt.subject, text: receipt.text };
}

const yesNo = (value: boolean) => (value ? 'sì' : 'no');
const ROLES = { parent: 'genitore', guardian: 'tutore', delegate: 'delegato' } as const;

/** The rows every request has: the holder first, then its own answers, then who applied and the contacts. */
const HOLDER_LABELS = ['Titolare', 'Codice fiscale del titolare', 'Numero della carta'] as const;
const CLOSING_LABELS = ['Richiedente', 'Codice fiscale del richiedente', 'Email', 'Cellulare', 'Informativa privacy letta', 'Lingua del cittadino'] as const;

/**
 * Every answer the office may be given, in the order it reads them: the email's lines, the
 * export's columns (fixed: each request's own answers, from its declaration, in the order
 * of src/requests/registry.ts).
 */
export const OFFICE_LABELS: readonly string[] = [
  ...HOLDER_LABELS,
  ...new Set(Object.values(OFFICE_ANSWERS).flatMap((answers) => answers.map(([label]) => label))),
  ...CLOSING_LABELS,
];

/** The request as the office reads it: Italian labels, one answer a line; no row for a question the comune does not ask. */
export function officeRows(request: CieRequest): [string, string][] {
  const { holder, applicant } = request;
  const rows: [string, string | undefined][] = [
    ['Titolare', `${holder.givenName} ${holder.familyName}`],
    ['Codice fiscale del titolare', holder.codiceFiscale],
    ['Numero della carta', holder.cardNumber],
    ...officeAnswersOf(request),
    ['Richiedente', applicant && `${applicant.givenName} ${applicant.familyName} (${ROLES[applicant.role]})`],
    ['Codice fiscale del richiedente', applicant?.codiceFiscale],
    ['Email', request.contacts.email],
    ['Cellulare', request.contacts.mobile],
    ['Informativa privacy letta', yesNo(request.declarations.privacyNoticeRead)],
    ['Lingua del cittadino', request.locale],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

async function officeEmail(db: Database, stored: StoredRequest, comune: Comune, from: string): Promise<SendMailOptions> {
  const { request } = stored;
  const title = speakIn('it', () => definitionOf(request).title(comune.widget));
  const copies = comune.office.attachCardCopies && !stored.cardCopiesDeleted ? await cardCopiesOf(db, stored.id) : [];
  const copiesLine = request.attachments.length
    ? comune.office.attachCardCopies
      ? stored.cardCopiesDeleted
        ? 'Le copie della carta sono già state cancellate (periodo di conservazione).'
        : 'In allegato: le copie della carta d’identità elettronica.'
      : 'Le copie della carta sono nel sistema: non sono allegate a questa email.'
    : 'Nessuna copia della carta allegata.';
  const text = [
    `${title} — ${comuneText(comune.widget.name, 'it')}`,
    `Numero: ${stored.reference}`,
    `Ricevuta il: ${new Intl.DateTimeFormat('it', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(stored.receivedAt)}`,
    '',
    ...officeRows(request).map(([label, value]) => `${label}: ${value}`),
    '',
    copiesLine,
  ].join('\n');
  return {
    from,
    to: comune.office.notify,
    replyTo: request.contacts.email,
    subject: `${stored.reference} — ${title}`,
    text: `${text}\n`,
    attachments: copies.map((copy) => ({ filename: copy.fileName, content: Buffer.from(copy.bytes), contentType: copy.mediaType })),
  };
}

/** What one round of the outbox did; `claimed` equal to CLAIM_BATCH means more may be waiting. */
export interface Delivery {
  sent: number;
  failed: number;
  parked: number;
  claimed: number;
}

/** Emails claimed in one statement; sent `mail.parallel` at a time. */
export const CLAIM_BATCH = 20;

/**
 * Sends what is due, `mail.parallel` messages at a time. Errors are kept as a short code (a
 * mail server's answer may quote an address): never personal data.
 */
export async function deliverDue(db: Database, mailer: Mailer, receiver: Receiver, now = new Date()): Promise<Delivery> {
  const done: Delivery = { sent: 0, failed: 0, parked: 0, claimed: 0 };
  const due = await claimDueEmails(db, now, [...receiver.comuni.keys()], CLAIM_BATCH);
  done.claimed = due.length;
  const sendOne = async (email: DueEmail) => {
    const comune = receiver.comuni.get(email.booking ? email.booking.comune : email.stored.request.comune);
    if (!comune) return;
    try {
      // The same Message-ID however often it goes: sent again after a crash between the
      // mail server's yes and our record of it, the office's mail program shows it once.
      const message = { ...(await compose(db, email, comune, receiver.mail.from)), messageId: messageIdFor(email, receiver.mail.from) };
      await mailer.send(message);
      await markSent(db, email.outboxId);
      done.sent++;
    } catch (error) {
      const code = (error as { responseCode?: number; code?: string }).responseCode ?? (error as { code?: string }).code ?? 'error';
      const permanent = typeof code === 'number' && code >= 500 && code < 600;
      await markFailed(db, email.outboxId, email.attempts, String(code), now, permanent);
      if (permanent) done.parked++;
      else done.failed++;
    }
  };
  // `parallel` workers take the next email as each finishes: one slow message holds up one worker only.
  let next = 0;
  const worker = async () => {
    while (next < due.length) await sendOne(due[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(receiver.mail.parallel, due.length) }, worker));
  return done;
}

/**
 * `<TRE-2026-000123.office@comune.trento.it>` (a booking: its code, and `.cancelled` for what
 * its cancelling owes): one email, one id, whatever the attempts.
 */
export const messageIdFor = (due: DueEmail, from: string) =>
  `<${due.booking ? due.booking.code : due.stored.reference}.${due.recipient}${due.event === 'new' ? '' : `.${due.event}`}@${from.split('@').pop()}>`;

function compose(db: Database, due: DueEmail, comune: Comune, from: string) {
  if (due.booking) {
    if (due.recipient === 'office') return bookingNotice(due.booking, due.event, comune, from);
    return due.event === 'new' ? bookingEmail(due.booking, comune, from) : cancelledEmail(db, due.booking, due.event === 'closed', comune, from);
  }
  return due.recipient === 'citizen' ? citizenEmail(due.stored, comune, from) : officeEmail(db, due.stored, comune, from);
}

const romeDateTime = (date: Date) => new Intl.DateTimeFormat('it', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date);

/**
 * The office's notice of an appointment booked or cancelled, in Italian: who comes when, so
 * the counter's list is right without running `bookings` (which stays the day's full list).
 */
function bookingNotice(booking: StoredBooking, event: DueEmail['event'], comune: Comune, from: string): SendMailOptions {
  const { answers } = booking;
  const when = appointmentWhen({ start: booking.start.toISOString(), end: booking.end.toISOString() }, 'it');
  const heading = event === 'cancelled' ? 'Appuntamento annullato dal cittadino' : 'Nuovo appuntamento allo sportello';
  const rows: [string, string | undefined][] = [
    ['Codice', booking.code],
    ['Quando', when],
    ['Nome', `${answers.givenName} ${answers.familyName}`],
    ['Email', answers.email],
    ['Telefono', answers.phone],
    ['Lingua del cittadino', booking.locale],
    ['Prenotato il', romeDateTime(booking.bookedAt)],
    ['Annullato il', booking.cancelledAt && romeDateTime(booking.cancelledAt)],
  ];
  const text = [`${heading} — ${comuneText(comune.widget.name, 'it')}`, '', ...rows.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : []))].join('\n');
  return {
    from,
    to: comune.office.notify,
    replyTo: answers.email,
    subject: `${booking.code} — ${event === 'cancelled' ? 'annullato' : 'appuntamento'} ${when}`,
    text: `${text}\n`,
  };
}

/** The citizen's email once the appointment is cancelled (by them, or by the office closing the day), in their language. */
async function cancelledEmail(db: Database, booking: StoredBooking, dayClosed: boolean, comune: Comune, from: string): Promise<SendMailOptions> {
  const locale = pickLocale(booking.locale);
  await loadLocale(locale);
  const closedDay = dayClosed ? { note: (await closedDays(db, booking.comune, romeDate(booking.start), romeDate(booking.start)))[0]?.note } : undefined;
  const said = speakIn(locale, () => cancellationEmail(comune.widget, { code: booking.code, start: booking.start.toISOString(), end: booking.end.toISOString() }, locale, closedDay));
  return { from, to: booking.answers.email, replyTo: comune.widget.office.email, subject: said.subject, text: said.text };
}

/** The citizen's confirmation of an appointment at the counter, in their language, with the calendar file. */
async function bookingEmail(booking: StoredBooking, comune: Comune, from: string): Promise<SendMailOptions> {
  const locale = pickLocale(booking.locale);
  await loadLocale(locale);
  const said = speakIn(locale, () => confirmationEmail(comune.widget, { code: booking.code, start: booking.start.toISOString(), end: booking.end.toISOString() }, locale, booking.bookedAt));
  return {
    from,
    to: booking.answers.email,
    replyTo: comune.widget.office.email,
    subject: said.subject,
    text: said.text,
    // METHOD:PUBLISH in the file; as an attachment, mail programs offer "add to calendar".
    attachments: [{ filename: 'appuntamento-cie.ics', content: said.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
  };
}
