// Requests (and the counter's appointments) for the office, as CSV (one row each, for a
// spreadsheet) or JSON (the payloads as received). Card copies are not exported: they stay in the database until
// their retention ends, and reach the office by email if the comune chose so.
// The CSV's columns are fixed (receiver/README.md lists them): an office's sheet, formulas
// and macros keep working whichever requests a month brought.
import { speakIn } from '../src/locale.js';
import type { StoredBooking } from './booking.js';
import type { Settings } from '../src/settings/schema.js';
import { definitionOf, OFFICE_LABELS, officeRows } from './mail.js';
import type { requestsFor } from './store.js';

type Exported = Awaited<ReturnType<typeof requestsFor>>[number];

export const CSV_COLUMNS = ['Numero', 'Ricevuta il', 'Richiesta', ...OFFICE_LABELS, 'Copie della carta', 'Ufficio avvisato il'] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula: such a cell (a name
 * typed by anyone on the internet) is written with a leading apostrophe (OWASP CSV injection).
 * A plain number is data, not a formula: a mobile (`+393331234567`, digits only by the
 * request schema) is written as it is.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]\d+$/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `2026-11-03 10:12:45`, in Rome: what a spreadsheet reads as a date and time, and the office's own clock. */
const romeTime = (date: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'medium' }).format(date);

/** The requests of one comune; `settings` (the comune's) names each request as its page does. */
export function toCsv(requests: Exported[], settings?: Settings): string {
  const lines = requests.map((r) => {
    const answers = new Map(officeRows(r.request));
    return [
      r.reference,
      romeTime(r.receivedAt),
      speakIn('it', () => definitionOf(r.request).title(settings)),
      ...OFFICE_LABELS.map((label) => answers.get(label) ?? ''),
      r.cardCopiesDeleted ? 'cancellate' : String(r.request.attachments.length),
      r.officeNotifiedAt ? romeTime(r.officeNotifiedAt) : '',
    ];
  });
  // A byte-order mark so spreadsheet programs read the accents as UTF-8.
  return `\ufeff${[[...CSV_COLUMNS], ...lines].map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const toJson = (requests: Exported[]) =>
  `${JSON.stringify(
    requests.map((r) => ({ reference: r.reference, receivedAt: r.receivedAt.toISOString(), officeNotifiedAt: r.officeNotifiedAt?.toISOString() ?? null, cardCopiesDeleted: r.cardCopiesDeleted, request: r.request })),
    null,
    2,
  )}\n`;

export const BOOKING_CSV_COLUMNS = ['Codice', 'Giorno', 'Dalle', 'Alle', 'Nome', 'Cognome', 'Email', 'Telefono', 'Lingua', 'Prenotato il', 'Annullato il'] as const;

/** The counter's appointments, in order, one row each; a cancelled one says when. */
export function bookingsCsv(bookings: StoredBooking[]): string {
  const lines = bookings.map((b) => {
    const [day, from] = romeTime(b.start).split(' ');
    return [
      b.code,
      day!,
      from!.slice(0, 5),
      romeTime(b.end).split(' ')[1]!.slice(0, 5),
      b.answers.givenName,
      b.answers.familyName,
      b.answers.email,
      b.answers.phone ?? '',
      b.locale,
      romeTime(b.bookedAt),
      b.cancelledAt ? romeTime(b.cancelledAt) : '',
    ];
  });
  return `\ufeff${[[...BOOKING_CSV_COLUMNS], ...lines].map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const bookingsJson = (bookings: StoredBooking[]) =>
  `${JSON.stringify(
    bookings.map((b) => ({ code: b.code, start: b.start.toISOString(), end: b.end.toISOString(), ...b.answers, locale: b.locale, bookedAt: b.bookedAt.toISOString(), cancelledAt: b.cancelledAt?.toISOString() ?? null })),
    null,
    2,
  )}\n`;
