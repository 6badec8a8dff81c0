-- Appointments at the counter, for a comune whose booking system is the receiver itself.
-- The office sets its week (when it takes appointments, how long each, how many at once)
-- and the days it is closed; free times are worked out from those and the bookings.

-- One span of a weekday: 09:00–12:30 in 20-minute appointments, two at a time. A day may
-- have several (morning and afternoon). Times are Rome's clock.
create table booking_hours (
  comune text not null,
  weekday integer not null check (weekday between 1 and 7),
  opens time not null,
  closes time not null,
  slot_minutes integer not null check (slot_minutes between 5 and 240),
  capacity integer not null check (capacity between 1 and 50),
  primary key (comune, weekday, opens),
  check (closes > opens)
);

-- A day the counter takes no appointments (a holiday, a strike, a training day).
create table booking_closures (
  comune text not null,
  day date not null,
  note text,
  primary key (comune, day)
);

-- One booking per Idempotency-Key of a comune, whatever the retries. The key is also what
-- cancels it (only the page that booked knows it), so only its hash is kept. Personal data
-- sits in `answers` only; the retention purge deletes the row.
create table bookings (
  id bigserial primary key,
  comune text not null,
  code text not null,
  key_sha256 text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  answers jsonb not null,
  locale text not null,
  booked_at timestamptz not null default now(),
  cancelled_at timestamptz
);
create unique index bookings_comune_code on bookings (comune, code);
create unique index bookings_comune_key on bookings (comune, key_sha256);
create index bookings_comune_starts on bookings (comune, starts_at);

-- The outbox also owes a booking's confirmation: each email is for a request or a booking.
alter table outbox alter column request_id drop not null;
alter table outbox add column booking_id bigint references bookings (id) on delete cascade;
alter table outbox add constraint outbox_for_one check ((request_id is null) <> (booking_id is null));
