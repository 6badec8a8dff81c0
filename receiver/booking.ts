// The counter's own appointments, for a comune whose booking system is the receiver
// (settings: booking.system.type "receiver"). The office sets its week and closed days from
// the command line (main.ts); citizens read the free times and book one from the page, each
// booking once whatever the retries, never more than the counter's capacity.
import { createHash, randomInt } from 'node:crypto';
import { daysAfter, romeDate, romeInstant } from '../src/booking/rome-time.js';
import type { OfficeSettings } from '../src/settings/schema.js';
import { isClosedDay } from '../src/time/opening-hours.js';
import type { Database, Queryable } from './database.js';

/** A span of one weekday (1 Monday … 7 Sunday) in appointments of `minutes`, `capacity` at a time, on Rome's clock. */
export interface WeekSpan {
  weekday: number;
  opens: string;
  closes: string;
  minutes: number;
  capacity: number;
}

export interface BookingAnswers {
  givenName: string;
  familyName: string;
  email: string;
  phone?: string;
}

export interface StoredBooking {
  id: string;
  comune: string;
  code: string;
  start: Date;
  end: Date;
  answers: BookingAnswers;
  locale: string;
  bookedAt: Date;
  cancelledAt?: Date;
}

/** How far ahead citizens may book: the element's month view shows this month and the next two. */
export const BOOKING_DAYS_AHEAD = 92;
/** The longest range one reading of free times covers. */
const MAX_RANGE_DAYS = 100;

const hhmm = (time: string) => time.slice(0, 5);
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** ISO weekday of a `YYYY-MM-DD`: 1 Monday … 7 Sunday. */
const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7;

export async function bookingWeek(db: Queryable, comune: string): Promise<WeekSpan[]> {
  const rows = await db.query<{ weekday: number; opens: string; closes: string; slot_minutes: number; capacity: number }>(
    'select weekday, opens::text as opens, closes::text as closes, slot_minutes, capacity from booking_hours where comune = $1 order by weekday, opens',
    [comune],
  );
  return rows.map((row) => ({ weekday: row.weekday, opens: hhmm(row.opens), closes: hhmm(row.closes), minutes: row.slot_minutes, capacity: row.capacity }));
}

/** A span the office typed that cannot be: said in words, for the command line. */
export class WeekError extends Error {}

/** A day's spans in order, each at least one appointment long, none overlapping the next. */
export function checkedSpans(spans: Omit<WeekSpan, 'weekday'>[]): Omit<WeekSpan, 'weekday'>[] {
  const sorted = [...spans].sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
  sorted.forEach((span, i) => {
    if (minutesOf(span.closes) - minutesOf(span.opens) < span.minutes) throw new WeekError(`${span.opens}–${span.closes} is shorter than one appointment of ${span.minutes} minutes`);
    const next = sorted[i + 1];
    if (next && minutesOf(next.opens) < minutesOf(span.closes)) throw new WeekError(`${span.opens}–${span.closes} and ${next.opens}–${next.closes} overlap`);
  });
  return sorted;
}

/** Sets the spans of `weekdays` (each day's replaced; none: no appointments that day). */
export async function setBookingDays(db: Database, comune: string, weekdays: number[], spans: Omit<WeekSpan, 'weekday'>[]): Promise<void> {
  const sorted = checkedSpans(spans);
  await db.transaction(async (tx) => {
    for (const weekday of weekdays) {
      await tx.query('delete from booking_hours where comune = $1 and weekday = $2', [comune, weekday]);
      for (const span of sorted) {
        await tx.query('insert into booking_hours (comune, weekday, opens, closes, slot_minutes, capacity) values ($1, $2, $3, $4, $5, $6)', [
          comune,
          weekday,
          span.opens,
          span.closes,
          span.minutes,
          span.capacity,
        ]);
      }
    }
  });
}

/**
 * Closes (or, with `closed` false, opens again) the counter's appointments on `day`; closed
 * again without a `note`, the note it had stays. The bookings already made stay unless the
 * office cancels them (`cancelDay`).
 */
export async function setClosed(db: Queryable, comune: string, day: string, closed: boolean, note?: string): Promise<void> {
  if (closed)
    await db.query('insert into booking_closures (comune, day, note) values ($1, $2, $3) on conflict (comune, day) do update set note = coalesce(excluded.note, booking_closures.note)', [comune, day, note ?? null]);
  else await db.query('delete from booking_closures where comune = $1 and day = $2', [comune, day]);
}

export async function closedDays(db: Queryable, comune: string, from: string, to: string): Promise<{ day: string; note?: string }[]> {
  const rows = await db.query<{ day: string; note: string | null }>(
    "select to_char(day, 'YYYY-MM-DD') as day, note from booking_closures where comune = $1 and day between $2 and $3 order by day",
    [comune, from, to],
  );
  return rows.map((row) => ({ day: row.day, note: row.note ?? undefined }));
}

export interface Slot {
  start: Date;
  end: Date;
  capacity: number;
}

/** The days the comune's settings say its office is closed (`closedDates`, `patronDay`); national holidays always are. */
export type OfficeClosures = Pick<OfficeSettings, 'closedDates' | 'patronDay'>;

/**
 * The appointments the week gives from `from` to `to` (both included), before any booking:
 * none on a day the office closed for appointments, on a national holiday, or on a day the
 * comune's settings say the office is closed (the contacts card says the same).
 */
async function slotsOfWeek(db: Queryable, comune: string, from: string, to: string, closures: OfficeClosures): Promise<Slot[]> {
  const week = await bookingWeek(db, comune);
  const closed = new Set((await closedDays(db, comune, from, to)).map((c) => c.day));
  const slots: Slot[] = [];
  for (let day = from; day <= to; day = daysAfter(day, 1)) {
    if (closed.has(day) || isClosedDay(day, closures)) continue;
    for (const span of week.filter((s) => s.weekday === weekdayOf(day))) {
      for (let at = minutesOf(span.opens); at + span.minutes <= minutesOf(span.closes); at += span.minutes) {
        slots.push({ start: romeInstant(`${day}T${timeOf(at)}`), end: romeInstant(`${day}T${timeOf(at + span.minutes)}`), capacity: span.capacity });
      }
    }
  }
  return slots;
}

async function takenAt(db: Queryable, comune: string, from: Date, to: Date): Promise<Map<number, number>> {
  const rows = await db.query<{ starts_at: Date | string; n: string }>(
    'select starts_at, count(*)::text as n from bookings where comune = $1 and cancelled_at is null and starts_at >= $2 and starts_at < $3 group by starts_at',
    [comune, from, to],
  );
  return new Map(rows.map((row) => [new Date(row.starts_at).getTime(), Number(row.n)]));
}

/** The range a reading may ask: `YYYY-MM-DD` both, `to` not before `from`, at most MAX_RANGE_DAYS. */
export function validRange(from: unknown, to: unknown): { from: string; to: string } | undefined {
  const day = /^\d{4}-\d\d-\d\d$/;
  if (typeof from !== 'string' || typeof to !== 'string' || !day.test(from) || !day.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return undefined;
  if (to < from || daysAfter(from, MAX_RANGE_DAYS) < to) return undefined;
  return { from, to };
}

/** The free appointments from `from` to `to`: after `now`, within BOOKING_DAYS_AHEAD, with room left. */
export async function freeSlots(db: Queryable, comune: string, range: { from: string; to: string }, closures: OfficeClosures, now = new Date()): Promise<Slot[]> {
  const last = daysAfter(romeDate(now), BOOKING_DAYS_AHEAD);
  const to = range.to < last ? range.to : last;
  if (to < range.from) return [];
  const slots = (await slotsOfWeek(db, comune, range.from, to, closures)).filter((slot) => slot.start > now);
  if (!slots.length) return [];
  const taken = await takenAt(db, comune, slots[0]!.start, new Date(slots[slots.length - 1]!.end.getTime() + 1));
  return slots.filter((slot) => (taken.get(slot.start.getTime()) ?? 0) < slot.capacity);
}

/** Letters and digits read aloud without doubt: no 0/O, 1/I/L. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const newCode = (prefix: string) => `${prefix}-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type BookResult = { outcome: 'booked' | 'repeat'; booking: StoredBooking } | { outcome: 'full' } | { outcome: 'not-a-slot' };

/**
 * Books the appointment starting at `start`, once: a repeat of the key gets the first booking
 * (`repeat`), a full or vanished time `full`, a time the week never had (or
 * past, or too far) `not-a-slot`. One comune's bookings are taken one at a time (an advisory
 * lock), so two citizens never get the last place both.
 */
export async function bookSlot(
  db: Database,
  r: { comune: string; prefix: string; closures: OfficeClosures; idempotencyKey: string; start: Date; answers: BookingAnswers; locale: string; now?: Date },
): Promise<BookResult> {
  const now = r.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`booking\n${r.comune}`]);
    const [existing] = await tx.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where comune = $1 and key_sha256 = $2`, [r.comune, sha256(r.idempotencyKey)]);
    if (existing) return { outcome: 'repeat', booking: toBooking(existing) };
    const day = romeDate(r.start);
    const slot = (await slotsOfWeek(tx, r.comune, day, day, r.closures)).find((s) => s.start.getTime() === r.start.getTime());
    if (!slot || slot.start <= now || day > daysAfter(romeDate(now), BOOKING_DAYS_AHEAD)) return { outcome: 'not-a-slot' };
    const taken = (await takenAt(tx, r.comune, slot.start, new Date(slot.start.getTime() + 1))).get(slot.start.getTime()) ?? 0;
    if (taken >= slot.capacity) return { outcome: 'full' };
    let code = newCode(r.prefix);
    while ((await tx.query('select 1 from bookings where comune = $1 and code = $2', [r.comune, code])).length) code = newCode(r.prefix);
    const [row] = await tx.query<BookingRow>(
      `insert into bookings (comune, code, key_sha256, starts_at, ends_at, answers, locale, booked_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) returning ${BOOKING_COLUMNS}`,
      [r.comune, code, sha256(r.idempotencyKey), slot.start, slot.end, JSON.stringify(r.answers), r.locale, now],
    );
    await tx.query(`insert into outbox (booking_id, recipient) values ($1, 'citizen'), ($1, 'office')`, [row!.id]);
    return { outcome: 'booked', booking: toBooking(row!) };
  });
}

/**
 * Cancels a booking with the Idempotency-Key it was booked with, and owes the citizen and the
 * office an email saying so: `cancelled` (also when it already was, told once), `unknown` for a
 * wrong code or key (the same answer: a guess learns nothing), `past` once the appointment has begun.
 */
export async function cancelBooking(db: Queryable, comune: string, code: string, idempotencyKey: string, now = new Date()): Promise<'cancelled' | 'unknown' | 'past'> {
  return cancelAndTell(db, comune, code, now, ['citizen', 'office'], sha256(idempotencyKey));
}

/**
 * The office cancels a booking a citizen asked it to cancel (by phone, at the desk:
 * `booking-cancel --code`): the citizen is owed the same email as when cancelling from the page.
 */
export async function cancelByOffice(db: Queryable, comune: string, code: string, now = new Date()): Promise<'cancelled' | 'unknown' | 'past'> {
  return cancelAndTell(db, comune, code, now, ['citizen']);
}

async function cancelAndTell(db: Queryable, comune: string, code: string, now: Date, told: readonly DueRecipient[], keySha256?: string): Promise<'cancelled' | 'unknown' | 'past'> {
  const [row] = await db.query<{ starts_at: Date | string; cancelled_at: unknown; key_sha256: string }>('select starts_at, cancelled_at, key_sha256 from bookings where comune = $1 and code = $2', [
    comune,
    code,
  ]);
  if (!row || (keySha256 !== undefined && row.key_sha256 !== keySha256)) return 'unknown';
  if (row.cancelled_at) return 'cancelled';
  if (new Date(row.starts_at) <= now) return 'past';
  // Cancelled and told in one statement.
  await db.query(
    `with cancelled as (update bookings set cancelled_at = $3 where comune = $1 and code = $2 and cancelled_at is null returning id)
     insert into outbox (booking_id, recipient, event) select id, recipient, 'cancelled' from cancelled, jsonb_array_elements_text($4::jsonb) as r (recipient)`,
    [comune, code, now, JSON.stringify(told)],
  );
  return 'cancelled';
}

type DueRecipient = 'citizen' | 'office';

/**
 * The office closes a day that has appointments and asks to cancel them (`booking-closed
 * --cancel-bookings`): those not begun are cancelled, and each citizen is owed an email saying
 * so, in one statement. Their codes, for the office.
 */
export async function cancelDay(db: Queryable, comune: string, range: { from: Date; to: Date }, now = new Date()): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `with cancelled as (
       update bookings set cancelled_at = $4
       where comune = $1 and starts_at >= $2 and starts_at < $3 and starts_at > $4 and cancelled_at is null
       returning id, code),
     told as (insert into outbox (booking_id, recipient, event) select id, 'citizen', 'closed' from cancelled)
     select code from cancelled order by code`,
    [comune, range.from, range.to, now],
  );
  return rows.map((row) => row.code);
}

/** A comune's appointments starting in [from, to), in order, cancelled ones included (marked). */
export async function bookingsFor(db: Queryable, comune: string, range: { from?: Date; to?: Date } = {}): Promise<StoredBooking[]> {
  const rows = await db.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where comune = $1 and starts_at >= $2 and starts_at < $3 order by starts_at, id`, [
    comune,
    range.from ?? new Date(0),
    range.to ?? new Date('9999-12-31'),
  ]);
  return rows.map(toBooking);
}

export async function bookingsById(db: Queryable, ids: readonly string[]): Promise<Map<string, StoredBooking>> {
  if (!ids.length) return new Map();
  const rows = await db.query<BookingRow>(`select ${BOOKING_COLUMNS} from bookings where id::text in (select jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(ids)]);
  return new Map(rows.map((row) => [row.id, toBooking(row)]));
}

interface BookingRow {
  id: string;
  comune: string;
  code: string;
  starts_at: Date | string;
  ends_at: Date | string;
  answers: BookingAnswers;
  locale: string;
  booked_at: Date | string;
  cancelled_at: Date | string | null;
}

const BOOKING_COLUMNS = 'id::text as id, comune, code, starts_at, ends_at, answers, locale, booked_at, cancelled_at';

const toBooking = (row: BookingRow): StoredBooking => ({
  id: row.id,
  comune: row.comune,
  code: row.code,
  start: new Date(row.starts_at),
  end: new Date(row.ends_at),
  answers: row.answers,
  locale: row.locale,
  bookedAt: new Date(row.booked_at),
  cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : undefined,
});
