// The booking routes, for a comune whose settings name the receiver as its booking system
// (docs/booking.md, "The reference receiver"):
//   GET  /comuni/<id>/booking/slots?from=YYYY-MM-DD&to=YYYY-MM-DD  → { slots: [{ start, end }] }
//   POST /comuni/<id>/booking/appointments (Idempotency-Key)      → 201 { code, start, end }, 200 for a repeat, 409 when taken
//   POST /comuni/<id>/booking/appointments/<code>/cancel { idempotencyKey } → 204
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appointmentRequestSchema } from '../src/booking/appointment-request.js';
import { z } from '../src/zod.js';
import { bookSlot, cancelBooking, freeSlots, validRange, type StoredBooking } from './booking.js';
import type { Comune } from './config.js';
import type { Database } from './database.js';
import { BodyTooLarge, readLimited, send } from './http.js';

export const BOOKING_ROUTE = /^\/comuni\/([a-z0-9-]+)\/booking\/(slots|appointments)(?:\/([A-Z0-9-]{3,20})\/cancel)?\/?$/;

/** A booking is a few words: nothing larger is one. */
const BOOKING_MAX_BYTES = 4096;

/**
 * Random and long (a UUID is): the key is also what cancels the booking, so a short one would
 * let a guess cancel someone's appointment.
 */
const idempotencyKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,100}$/));

const asAppointment = (booking: StoredBooking) => ({ code: booking.code, start: booking.start.toISOString(), end: booking.end.toISOString() });

export interface BookingCall {
  req: IncomingMessage;
  res: ServerResponse;
  comune: Comune;
  cors: Record<string, string>;
  db: Database;
  route: 'slots' | 'appointments';
  /** The code in `…/appointments/<code>/cancel`. */
  code?: string;
  /** Takes one of the client's requests for the hour: seconds to wait when none is left. */
  takeClient: () => number | undefined;
  note: Record<string, unknown>;
  /** A booking was made: its confirmation is in the outbox. */
  onBooked: () => void;
}

async function readJson(call: BookingCall): Promise<unknown> {
  const body = await readLimited(call.req, BOOKING_MAX_BYTES);
  if (!/^application\/json\b/i.test(String(call.req.headers['content-type'] ?? ''))) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function handleBooking(call: BookingCall): Promise<void> {
  const { req, res, cors, comune, db } = call;
  const method = call.route === 'slots' ? 'GET' : 'POST';
  if (req.method === 'OPTIONS') {
    return send(res, 204, undefined, {
      ...cors,
      'Access-Control-Allow-Methods': method,
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept',
      'Access-Control-Max-Age': '600',
    });
  }
  if (req.method !== method) return send(res, 405, { title: 'Method Not Allowed' }, { ...cors, Allow: `${method}, OPTIONS` });

  if (call.route === 'slots') {
    const query = new URL(req.url ?? '/', 'http://receiver.invalid').searchParams;
    const range = validRange(query.get('from'), query.get('to'));
    if (!range) return send(res, 400, { title: 'Not a range of days', detail: 'from and to as YYYY-MM-DD, to not before from, at most 100 days apart.' }, cors);
    const slots = await freeSlots(db, comune.id, range, comune.widget.office);
    return send(res, 200, { slots: slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) }, cors);
  }

  const wait = call.takeClient();
  if (wait !== undefined) return send(res, 429, { title: 'Too Many Requests' }, { ...cors, 'Retry-After': String(wait) });
  let json: unknown;
  try {
    json = await readJson(call);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    res.setHeader('Connection', 'close');
    return send(res, 413, { title: 'Payload Too Large' }, cors);
  }

  if (call.code) {
    const key = idempotencyKey.safeParse((json as { idempotencyKey?: unknown } | undefined)?.idempotencyKey);
    if (!key.success) return send(res, 400, { title: 'Not a cancellation', detail: 'The body is { "idempotencyKey": the Idempotency-Key the appointment was booked with }.' }, cors);
    const outcome = await cancelBooking(db, comune.id, call.code, key.data);
    call.note.cancelled = outcome;
    if (outcome === 'unknown') return send(res, 404, { title: 'No such appointment', detail: 'No appointment with this code was booked with this key.' }, cors);
    if (outcome === 'past') return send(res, 409, { title: 'Already begun', detail: 'An appointment that has begun cannot be cancelled.' }, cors);
    return send(res, 204, undefined, cors);
  }

  const key = idempotencyKey.safeParse(req.headers['idempotency-key']);
  if (!key.success) return send(res, 400, { title: 'No Idempotency-Key', detail: 'An Idempotency-Key of 16 to 100 letters, digits, - or _ (a UUID): it also cancels the appointment.' }, cors);
  const parsed = appointmentRequestSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(body)'))];
    return send(res, 400, { title: 'Not an appointment', detail: `Check: ${fields.join(', ')}.` }, cors);
  }
  const { start, locale, ...answers } = parsed.data;
  const result = await bookSlot(db, { comune: comune.id, prefix: comune.referencePrefix, closures: comune.widget.office, idempotencyKey: key.data, start: new Date(start), answers, locale });
  call.note.booking = result.outcome;
  if (result.outcome === 'full') return send(res, 409, { title: 'Taken', detail: 'This time has no place left.' }, cors);
  if (result.outcome === 'not-a-slot') return send(res, 409, { title: 'Not a free time', detail: "This time is not one of the counter's, or has passed." }, cors);
  if (result.outcome === 'booked') call.onBooked();
  call.note.code = result.booking.code;
  return send(res, result.outcome === 'booked' ? 201 : 200, asAppointment(result.booking), cors);
}
