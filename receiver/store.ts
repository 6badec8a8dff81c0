// What the receiver keeps: each request once (its Idempotency-Key is unique within its comune and kind), with a
// reference the office reads aloud, its card copies, and the emails it owes.
import type { Rating } from '../src/requests/rating.js';
import type { CieRequest } from '../src/requests/schema.js';
import type { CardCopyType } from '../src/validation/files.js';
import { bookingsById, type StoredBooking } from './booking.js';
import type { Database, Queryable } from './database.js';

export interface CardCopy {
  part: 'cardFront' | 'cardBack';
  fileName: string;
  mediaType: CardCopyType;
  bytes: Uint8Array;
}

/** The year in Rome: a request sent at 00:30 on 1 January is the new year's. */
export const romeYear = (date: Date) => Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Rome' }).format(date));

/** TRE-2026-000123: sequential per comune and year, six digits so it sorts and reads aloud. */
export const formatReference = (prefix: string, year: number, n: number) => `${prefix}-${year}-${String(n).padStart(6, '0')}`;

/**
 * Records a request once. A repeat of its key (a retry, a reload, a double click, a
 * concurrent duplicate) gets the first reference and records nothing: the advisory lock
 * on the key makes concurrent duplicates wait for the first and then find it.
 */
export async function recordRequest(
  db: Database,
  r: { prefix: string; request: CieRequest; copies: CardCopy[]; now?: Date },
): Promise<{ reference: string; created: boolean; receivedAt: Date }> {
  const { request } = r;
  const now = r.now ?? new Date();
  return db.transaction(async (tx) => {
    // A key is one comune's, for one kind of request (migration 003).
    const scope = [request.comune, request.type, request.idempotencyKey];
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [scope.join('\n')]);
    const [existing] = await tx.query<{ reference: string; received_at: Date | string }>(
      'select reference, received_at from requests where comune = $1 and type = $2 and idempotency_key = $3',
      scope,
    );
    if (existing) return { reference: existing.reference, created: false, receivedAt: new Date(existing.received_at) };
    const year = romeYear(now);
    // The counter row is locked until commit: two requests never share a number, and a
    // number is never given again (deleting old requests leaves the counter as it is).
    const [{ last_number }] = await tx.query<{ last_number: number }>(
      `insert into reference_counters (comune, year, last_number) values ($1, $2, 1)
       on conflict (comune, year) do update set last_number = reference_counters.last_number + 1
       returning last_number`,
      [request.comune, year],
    );
    const reference = formatReference(r.prefix, year, last_number);
    const [{ id }] = await tx.query<{ id: string }>(
      `insert into requests (reference, idempotency_key, comune, type, locale, received_at, answers)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb) returning id::text as id`,
      [reference, request.idempotencyKey, request.comune, request.type, request.locale, now, JSON.stringify(request)],
    );
    for (const copy of r.copies) {
      await tx.query('insert into card_copies (request_id, part, file_name, media_type, size, content) values ($1, $2, $3, $4, $5, $6)', [
        id,
        copy.part,
        copy.fileName,
        copy.mediaType,
        copy.bytes.length,
        copy.bytes,
      ]);
    }
    await tx.query(`insert into outbox (request_id, recipient) values ($1, 'citizen'), ($1, 'office')`, [id]);
    return { reference, created: true, receivedAt: now };
  });
}

export interface StoredRequest {
  id: string;
  reference: string;
  receivedAt: Date;
  request: CieRequest;
  cardCopiesDeleted: boolean;
}

const toStored = (row: { id: string; reference: string; received_at: Date | string; answers: CieRequest; card_copies_deleted_at: unknown }): StoredRequest => ({
  id: row.id,
  reference: row.reference,
  receivedAt: new Date(row.received_at),
  request: row.answers,
  cardCopiesDeleted: row.card_copies_deleted_at != null,
});

const REQUEST_COLUMNS = 'id::text as id, reference, received_at, answers, card_copies_deleted_at';

export async function cardCopiesOf(db: Queryable, requestId: string): Promise<CardCopy[]> {
  const rows = await db.query<{ part: CardCopy['part']; file_name: string; media_type: CardCopyType; content: Uint8Array }>(
    'select part, file_name, media_type, content from card_copies where request_id = $1 order by part desc',
    [requestId],
  );
  return rows.map((row) => ({ part: row.part, fileName: row.file_name, mediaType: row.media_type, bytes: new Uint8Array(row.content) }));
}

/** An email the outbox owes: for a request (`stored`) or for a booking (`booking`). */
export type DueEmail = { outboxId: string; recipient: 'citizen' | 'office'; attempts: number; event: 'new' | 'cancelled' | 'closed' } & (
  | { stored: StoredRequest; booking?: undefined }
  | { booking: StoredBooking; stored?: undefined }
);

/** How long a claimed email is this sender's: a sender that stops mid-way leaves it due again after this. */
const CLAIM_MINUTES = 10;

/**
 * The emails due by `now` for the comuni this receiver serves, each claimed in the same
 * statement (not due again for CLAIM_MINUTES unless marked sent or failed first), so two
 * receivers on one database never send the same email twice.
 */
export async function claimDueEmails(db: Queryable, now: Date, comuni: readonly string[], limit = 20): Promise<DueEmail[]> {
  const rows = await db.query<{ outbox_id: string; recipient: DueEmail['recipient']; attempts: number; event: DueEmail['event']; booking_id: string | null } & Parameters<typeof toStored>[0]>(
    `with claimed as (
       update outbox set next_attempt_at = $4
       where id in (
         select o.id from outbox o
           left join requests r on r.id = o.request_id
           left join bookings b on b.id = o.booking_id
         where o.sent_at is null and o.next_attempt_at <= $1
           and coalesce(r.comune, b.comune) in (select jsonb_array_elements_text($3::jsonb))
         order by o.id limit $2
         for update of o skip locked)
       returning id, request_id, booking_id, recipient, attempts, event)
     select c.id::text as outbox_id, c.recipient, c.attempts, c.event, c.booking_id::text as booking_id, r.${REQUEST_COLUMNS.split(', ').join(', r.')}
     from claimed c left join requests r on r.id = c.request_id order by c.id`,
    [now, limit, JSON.stringify(comuni), new Date(now.getTime() + CLAIM_MINUTES * 60_000)],
  );
  const bookings = await bookingsById(db, rows.flatMap((row) => (row.booking_id ? [row.booking_id] : [])));
  return rows.flatMap((row): DueEmail[] => {
    const due = { outboxId: row.outbox_id, recipient: row.recipient, attempts: row.attempts, event: row.event };
    if (!row.booking_id) return [{ ...due, stored: toStored(row) }];
    const booking = bookings.get(row.booking_id);
    return booking ? [{ ...due, booking }] : [];
  });
}

export const markSent = (db: Queryable, outboxId: string) => db.query('update outbox set sent_at = now(), last_error = null where id = $1', [outboxId]);

/**
 * A failed send waits longer each time, up to an hour, and is never dropped. A permanent refusal
 * (a 5xx: no such mailbox, an address the server will never take) is parked instead of tried
 * for ever: `next_attempt_at` infinity, its code kept, and counted for whoever reads the log.
 */
export function markFailed(db: Queryable, outboxId: string, attempts: number, error: string, now: Date, permanent = false) {
  if (permanent) return db.query("update outbox set attempts = attempts + 1, last_error = $2, next_attempt_at = 'infinity' where id = $1", [outboxId, error.slice(0, 200)]);
  const waitMinutes = Math.min(60, 2 ** attempts);
  return db.query('update outbox set attempts = attempts + 1, last_error = $2, next_attempt_at = $3 where id = $1', [
    outboxId,
    error.slice(0, 200),
    new Date(now.getTime() + waitMinutes * 60_000),
  ]);
}

export const pendingEmails = async (db: Queryable) =>
  Number((await db.query<{ n: string }>('select count(*)::text as n from outbox where sent_at is null'))[0].n);

/** Deletes what the retention periods say: card copies after their days, whole requests (and appointments) after theirs. */
export async function purge(db: Database, comune: string, retention: { cardCopiesDays: number; requestsDays: number }, now = new Date()) {
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const copies = await tx.query<{ request_id: string }>(
      `delete from card_copies c using requests r
       where c.request_id = r.id and r.comune = $1 and r.received_at < $2 returning c.request_id::text as request_id`,
      [comune, before(retention.cardCopiesDays)],
    );
    await tx.query('update requests set card_copies_deleted_at = $3 where comune = $1 and received_at < $2 and card_copies_deleted_at is null', [
      comune,
      before(retention.cardCopiesDays),
      now,
    ]);
    const requests = await tx.query('delete from requests where comune = $1 and received_at < $2 returning id', [comune, before(retention.requestsDays)]);
    // An appointment is kept as long as a request, counted from the day it was for.
    const bookings = await tx.query('delete from bookings where comune = $1 and ends_at < $2 returning id', [comune, before(retention.requestsDays)]);
    return { cardCopies: copies.length, requests: requests.length, bookings: bookings.length };
  });
}

/** A comune's requests received in [from, to), oldest first, with whether the office was told. */
export async function requestsFor(db: Queryable, comune: string, range: { from?: Date; to?: Date } = {}) {
  const rows = await db.query<Parameters<typeof toStored>[0] & { office_notified_at: Date | null }>(
    `select ${REQUEST_COLUMNS},
       (select sent_at from outbox o where o.request_id = requests.id and o.recipient = 'office') as office_notified_at
     from requests where comune = $1 and received_at >= $2 and received_at < $3 order by id`,
    [comune, range.from ?? new Date(0), range.to ?? new Date('9999-12-31')],
  );
  return rows.map((row) => ({ ...toStored(row), officeNotifiedAt: row.office_notified_at ? new Date(row.office_notified_at) : undefined }));
}

/** Records a citizen's rating as it came (checked by the same schema the page builds it with). */
export async function recordRating(db: Database, rating: Rating): Promise<void> {
  await db.query('insert into ratings (comune, variant, request, page, stars, aspect, details, locale) values ($1, $2, $3, $4, $5, $6, $7, $8)', [
    rating.comune,
    rating.variant,
    rating.request ?? null,
    rating.page,
    rating.stars,
    rating.aspect ?? null,
    rating.details ?? null,
    rating.locale,
  ]);
}
