-- What an email in the outbox tells: a new request or booking; that the citizen cancelled a
-- booking (`cancelled`: to them and to the office); or that the office closed its day
-- (`closed`: to the citizen). A booking now owes the office a notice too.
alter table outbox add column event text not null default 'new' check (event in ('new', 'cancelled', 'closed'));
alter table outbox add constraint outbox_cancelled_is_a_booking check (event = 'new' or booking_id is not null);
