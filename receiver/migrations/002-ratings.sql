-- Citizens' ratings of the service page and of the service (Designers Italia's model):
-- no personal data is asked; `details` is what the citizen chose to write, kept as text.
create table ratings (
  id bigserial primary key,
  comune text not null,
  received_at timestamptz not null default now(),
  variant text not null check (variant in ('page', 'service')),
  request text,
  page text not null,
  stars integer not null check (stars between 1 and 5),
  aspect text,
  details text,
  locale text not null
);
create index ratings_comune_received on ratings (comune, received_at)
