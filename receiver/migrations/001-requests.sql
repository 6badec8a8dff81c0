-- One record per request, whatever its retries: the Idempotency-Key is unique.
-- Personal data lives in `answers` (jsonb) and `card_copies`, and nowhere else: the
-- retention purge clears those, the logs never hold them.

create table reference_counters (
  comune text not null,
  year integer not null,
  last_number integer not null,
  primary key (comune, year)
);

create table requests (
  id bigserial primary key,
  reference text not null unique,
  idempotency_key text not null unique,
  comune text not null,
  type text not null,
  locale text not null,
  received_at timestamptz not null default now(),
  answers jsonb not null,
  card_copies_deleted_at timestamptz
);
create index requests_comune_received on requests (comune, received_at);

create table card_copies (
  id bigserial primary key,
  request_id bigint not null references requests (id) on delete cascade,
  part text not null,
  file_name text not null,
  media_type text not null,
  size integer not null,
  content bytea not null
);
create index card_copies_request on card_copies (request_id);

-- Emails to send: written with the request, in its transaction, so none is lost; sent
-- after the citizen has their answer, retried until the mail server takes them.
create table outbox (
  id bigserial primary key,
  request_id bigint not null references requests (id) on delete cascade,
  recipient text not null check (recipient in ('citizen', 'office')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at timestamptz,
  last_error text
);
create index outbox_due on outbox (next_attempt_at) where sent_at is null;
