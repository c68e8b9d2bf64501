-- A retry answered from a stored answer (Idempotency-Key) is logged as a consultation of what the first
-- request created, marked as a replay, instead of a second collection; a bulk export's entry names to whom it
-- disclosed the records (DPA 2018 s.62(3)(b)).
alter table audit_event add column replay boolean not null default false;
alter table audit_event add column recipient varchar(200);
