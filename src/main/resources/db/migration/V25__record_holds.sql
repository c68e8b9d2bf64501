-- Holds keep a record whatever its review says (CPIA 1996 Code para 5, litigation, a public inquiry, an IOPC
-- investigation, a restriction of processing): a record with an active hold, or under an operation with one,
-- is neither proposed nor approved for disposal. A hold is placed once and lifted once (version 1, then 2);
-- the service never deletes one, so its history stays (a disposal erases the reasons of its lifted holds).
create table record_hold (
    id           uuid          primary key,
    record_type  varchar(20)   not null,
    record_id    uuid          not null,
    kind         varchar(26)   not null,
    reason       varchar(1000) not null,
    placed_by    varchar(200)  not null,
    placed_at    timestamptz   not null,
    lifted_by    varchar(200),
    lifted_at    timestamptz,
    lift_reason  varchar(1000),
    version      bigint        not null,
    constraint ck__record_hold__record_type check (record_type in ('OPERATION', 'ENFORCEMENT_ACTION', 'PARTNER_NOTICE')),
    constraint ck__record_hold__kind
        check (kind in ('CPIA', 'LITIGATION', 'PUBLIC_INQUIRY', 'IOPC', 'SUBJECT_RIGHTS_RESTRICTION')),
    constraint ck__record_hold__lifted check ((lifted_at is null) = (lifted_by is null)
        and (lifted_at is null) = (lift_reason is null))
);
-- A record's holds in order; the active ones, by record (disposal checks) and by kind and age (counts, lists).
create index record_hold_record_idx on record_hold (record_id, placed_at, id);
create index record_hold_active_idx on record_hold (kind, placed_at, id) where lifted_at is null;
create index record_hold_lifted_idx on record_hold (placed_at, id) where lifted_at is not null;

-- Placing and lifting appear in the change feed as the hold's created and updated.
alter table change_event drop constraint ck__change_event__kind;
alter table change_event add constraint ck__change_event__kind
    check (kind in ('operation', 'action', 'agency', 'notice', 'hold'));
create trigger record_hold_changes_on_insert after insert on record_hold referencing new table as added
    for each statement execute function change_event_record('hold');
create trigger record_hold_changes_on_update after update on record_hold
    referencing old table as removed new table as added
    for each statement execute function change_event_record('hold');
