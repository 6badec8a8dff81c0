-- An Idempotency-Key names one request of one comune: two comuni (or a reprint and a contact
-- update) whose keys happen to match are two requests, each recorded. (001 made the key
-- unique across every comune a receiver serves: the second comune got the first one's 409.)
alter table requests drop constraint if exists requests_idempotency_key_key;
create unique index requests_comune_type_key on requests (comune, type, idempotency_key);
