-- What an email in the outbox tells: a new request or booking, or that a booking was
-- cancelled. A booking now owes the office a notice too, and both again when it is cancelled.
alter table outbox add column event text not null default 'new' check (event in ('new', 'cancelled'));
alter table outbox add constraint outbox_cancelled_is_a_booking check (event = 'new' or booking_id is not null);
