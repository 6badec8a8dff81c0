// A submission as it arrives: parsed with the very schema the forms build it with, its
// files judged by their bytes, the obvious bots told apart. The answer it yields is the
// contract's (dist/openapi.json): 400 with errors on fields, 413 for files too large.
import { needsCard } from '../src/requests/channels.js';
import { kindOfType } from '../src/requests/kinds.js';
import { requestSchema, type CieRequest } from '../src/requests/schema.js';
import { formatPath } from '../src/settings/problems.js';
import type { Locale } from '../src/settings/value-types.js';
import { isWholeCardCopy, sniffCardCopyType } from '../src/validation/card-copy-checks.js';
import { DEFAULT_MAX_FILE_MB } from '../src/validation/files.js';
import type { Comune } from './config.js';
import type { CardCopy } from './store.js';

export type Refusal = { status: 400 | 413 | 415 | 422; body: Record<string, unknown> };
export type Intake = { ok: true; request: CieRequest; copies: CardCopy[] } | ({ ok: false; bot?: boolean } & Refusal);

/** What the citizen reads on a field the receiver refuses (the form checks all of it first: this is rare). */
const WORDS = {
  it: {
    invalid: 'Questo dato non è nel formato atteso: controllalo.',
    fileType: 'Il file non è un PDF, un JPEG o un PNG.',
    fileEmpty: 'Il file è vuoto.',
    fileMissing: 'Manca questo file.',
    fileBroken: 'Il file è incompleto o danneggiato: allegalo di nuovo.',
    fileTwice: 'Questo file è stato inviato due volte.',
    tooFast: 'La richiesta è partita troppo in fretta. Controlla i dati e inviala di nuovo.',
    tooLarge: (mb: number) => `Ogni file può essere al massimo di ${mb} MB.`,
  },
  en: {
    invalid: 'This is not in the expected format: please check it.',
    fileType: 'The file is not a PDF, a JPEG or a PNG.',
    fileEmpty: 'The file is empty.',
    fileMissing: 'This file is missing.',
    fileBroken: 'The file is incomplete or damaged: attach it again.',
    fileTwice: 'This file was sent twice.',
    tooFast: 'The request was sent too quickly. Check your answers and send it again.',
    tooLarge: (mb: number) => `Each file may be at most ${mb} MB.`,
  },
  de: {
    invalid: 'Diese Angabe hat nicht das erwartete Format: bitte prüfen.',
    fileType: 'Die Datei ist kein PDF, JPEG oder PNG.',
    fileEmpty: 'Die Datei ist leer.',
    fileMissing: 'Diese Datei fehlt.',
    fileBroken: 'Die Datei ist unvollständig oder beschädigt: bitte erneut anhängen.',
    fileTwice: 'Diese Datei wurde zweimal gesendet.',
    tooFast: 'Der Antrag wurde zu schnell gesendet. Prüfen Sie Ihre Angaben und senden Sie ihn erneut.',
    tooLarge: (mb: number) => `Jede Datei darf höchstens ${mb} MB groß sein.`,
  },
} satisfies Record<Locale, unknown>;

const fieldErrors = (errors: { field: string; message: string }[]): Refusal => ({ status: 400, body: { errors } });

/** Where the payload holds a string with a control character or a lone surrogate: its field's path; undefined when none does. */
function unreadableAt(value: unknown, path: PropertyKey[] = []): string | undefined {
  if (typeof value === 'string') return /[\p{Cc}\p{Cs}]/u.test(value) ? formatPath(path) || '(request)' : undefined;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unreadableAt(item, [...path, Array.isArray(value) ? Number(key) : key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** What a body held: the request and its file parts (and the names of parts sent twice); or why it could not be read. */
type Body = { json: unknown; files: Map<string, File>; twice: string[] } | 'unsupported' | 'unreadable';

/** The body's request and its file parts: JSON, or multipart with a `request` part. */
async function readBody(contentType: string, body: Buffer): Promise<Body> {
  const json = /^application\/json\b/i.test(contentType);
  if (!json && !/^multipart\/form-data\b/i.test(contentType)) return 'unsupported';
  try {
    if (json) return { json: JSON.parse(body.toString('utf8')), files: new Map(), twice: [] };
    const form = await new Request('http://receiver.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
    const part = form.get('request');
    if (part === null) return 'unreadable';
    const request: unknown = JSON.parse(typeof part === 'string' ? part : await part.text());
    const files = new Map<string, File>();
    const twice: string[] = [];
    for (const [name, value] of form.entries()) {
      if (name === 'request' || typeof value === 'string') continue;
      if (files.has(name)) twice.push(name);
      files.set(name, value);
    }
    return { json: request, files, twice };
  } catch {
    // Malformed JSON, a multipart body cut short: the right kind of body, not readable.
    return 'unreadable';
  }
}

export async function readSubmission(o: {
  contentType: string;
  body: Buffer;
  idempotencyKey: string | undefined;
  comune: Comune;
  minSecondsToFill: number;
}): Promise<Intake> {
  const read = await readBody(o.contentType, o.body);
  if (read === 'unsupported') return { ok: false, status: 415, body: { title: 'Send application/json, or multipart/form-data with the request in the part "request".' } };
  if (read === 'unreadable') return { ok: false, status: 400, body: { title: 'The body could not be read: malformed JSON, or a multipart body cut short or without its "request" part.' } };
  const parsed = requestSchema.safeParse(read.json);
  const locale: Locale = parsed.success ? parsed.data.locale : 'it';
  const words = WORDS[locale];
  // Before anything else reads it: PostgreSQL refuses a NUL in jsonb (a 500, with a piece of the
  // payload in its own log), and a control character would forge a line of an email.
  const unreadable = unreadableAt(read.json);
  if (unreadable !== undefined) return { ok: false, status: 422, body: { errors: [{ field: unreadable, message: words.invalid }] } };
  if (!parsed.success) {
    return { ok: false, ...fieldErrors(parsed.error.issues.map((issue) => ({ field: formatPath(issue.path), message: words.invalid }))) };
  }
  const request = parsed.data;
  // A bot fills the field no person sees; a script posts in less time than reading takes.
  if (request.form.honeypot !== '') return { ok: false, bot: true, status: 400, body: { title: 'Not accepted' } };
  if (request.form.secondsToFill < o.minSecondsToFill) return { ok: false, bot: true, status: 400, body: { title: 'Too fast', detail: words.tooFast } };
  if (request.comune !== o.comune.id) return { ok: false, ...fieldErrors([{ field: 'comune', message: `This endpoint takes requests for "${o.comune.id}".` }]) };
  if (o.idempotencyKey !== request.idempotencyKey) {
    return { ok: false, status: 400, body: { title: 'The Idempotency-Key header must be sent, equal to the payload\'s idempotencyKey.' } };
  }
  if (read.twice.length) return { ok: false, ...fieldErrors(read.twice.map((field) => ({ field, message: words.fileTwice }))) };
  return checkCopies(request, read.files, o.comune);
}

/** Each listed copy present, of an accepted type by its bytes, within the comune's limit; none unlisted; the card when the request needs it. */
async function checkCopies(request: CieRequest, files: Map<string, File>, comune: Comune): Promise<Intake> {
  const words = WORDS[request.locale];
  const maxMb = comune.widget.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB;
  const errors: { field: string; message: string }[] = [];
  const copies: CardCopy[] = [];
  const kind = kindOfType(request.type);
  const service = comune.widget.requests[kind];
  const listed = new Set(request.attachments.map((a) => a.part));
  for (const name of files.keys()) if (!listed.has(name as CardCopy['part'])) errors.push({ field: name, message: words.fileMissing });
  if (service && needsCard(kind, service) && service.channel.type === 'endpoint' && !listed.has('cardFront')) {
    errors.push({ field: 'cardFront', message: words.fileMissing });
  }
  for (const [index, attachment] of request.attachments.entries()) {
    const file = files.get(attachment.part);
    if (!file) {
      errors.push({ field: attachment.part, message: words.fileMissing });
      continue;
    }
    if (file.size > maxMb * 1024 * 1024) return { ok: false, status: 413, body: { title: 'Payload Too Large', detail: words.tooLarge(maxMb) } };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = sniffCardCopyType(bytes.subarray(0, 8));
    if (bytes.length === 0) errors.push({ field: `attachments[${index}]`, message: words.fileEmpty });
    else if (!mediaType) errors.push({ field: `attachments[${index}]`, message: words.fileType });
    else if (!isWholeCardCopy(bytes, mediaType)) errors.push({ field: `attachments[${index}]`, message: words.fileBroken });
    else copies.push({ part: attachment.part, fileName: attachment.name.slice(0, 200), mediaType, bytes });
  }
  return errors.length ? { ok: false, ...fieldErrors(errors) } : { ok: true, request, copies };
}
