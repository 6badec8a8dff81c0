// Requests for the office, as CSV (one row each, for a spreadsheet) or JSON (the
// payloads as received). Card copies are not exported: they stay in the database until
// their retention ends, and reach the office by email if the comune chose so.
import type { CieRequest } from '../src/requests/schema.js';
import { officeRows } from './mail.js';
import type { requestsFor } from './store.js';

type Exported = Awaited<ReturnType<typeof requestsFor>>[number];

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula: such a cell (a name
 * typed by anyone on the internet) is written with a leading apostrophe (OWASP CSV injection).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(requests: Exported[]): string {
  const rowsOf = (request: CieRequest) => officeRows(request);
  // Both request types in one sheet: the columns are every label seen, in first-seen order.
  const labels = [...new Set(requests.flatMap((r) => rowsOf(r.request).map(([label]) => label)))];
  const header = ['Numero', 'Ricevuta il', 'Richiesta', ...labels, 'Copie della carta', 'Ufficio avvisato il'];
  const lines = requests.map((r) => {
    const answers = new Map(rowsOf(r.request));
    return [
      r.reference,
      r.receivedAt.toISOString(),
      r.request.type,
      ...labels.map((label) => answers.get(label) ?? ''),
      r.cardCopiesDeleted ? 'cancellate' : String(r.request.attachments.length),
      r.officeNotifiedAt?.toISOString() ?? '',
    ];
  });
  // A byte-order mark so spreadsheet programs read the accents as UTF-8.
  return `\ufeff${[header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const toJson = (requests: Exported[]) =>
  `${JSON.stringify(
    requests.map((r) => ({ reference: r.reference, receivedAt: r.receivedAt.toISOString(), officeNotifiedAt: r.officeNotifiedAt?.toISOString() ?? null, cardCopiesDeleted: r.cardCopiesDeleted, request: r.request })),
    null,
    2,
  )}\n`;
