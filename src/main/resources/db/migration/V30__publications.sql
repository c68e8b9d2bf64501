-- Publications (issue 27): figures frozen for release, proposed by one supervisor and approved by another. A
-- publication never changes once frozen (content and its hash); only its status moves, once, from PROPOSED.
-- It holds aggregates and record ids, no references: nothing in it is erased by a disposal.
create table publication (
    id               uuid          primary key,
    title            varchar(200)  not null,
    status           varchar(10)   not null,
    -- The scope: an operation, or a period (days in Europe/London, inclusive) with optional filters.
    operation_id     uuid,
    day_from         date,
    day_to           date,
    area             varchar(30),
    offence_category varchar(40),
    offence_code     varchar(10),
    as_at            timestamptz   not null,
    -- The released content (figures as shown, headline, definitions, scope) and each number's exact value,
    -- which only the drift compares; content_hash is the SHA-256 of the released content.
    content          jsonb         not null,
    content_hash     varchar(80)   not null,
    security_marking varchar(20)   not null,
    proposed_by      varchar(200)  not null,
    proposed_at      timestamptz   not null,
    resolved_by      varchar(200),
    resolved_at      timestamptz,
    rejection_reason varchar(1000),
    version          bigint        not null,
    constraint ck__publication__status check (status in ('PROPOSED', 'PUBLISHED', 'REJECTED')),
    constraint ck__publication__scope check ((operation_id is null) = (day_from is not null)
        and (day_from is null) = (day_to is null)),
    constraint ck__publication__resolved check ((status = 'PROPOSED') = (resolved_at is null))
);
-- Newest first, keyset on (proposed_at, id); by status likewise.
create index publication_proposed_idx on publication (proposed_at desc, id desc);
create index publication_status_idx on publication (status, proposed_at desc, id desc);

-- The records a publication counted, each with its version and what it added to the figures when frozen: its
-- figures are the sum of these, and the drift compares them with the records the same scope counts now. They are
-- written before their publication in the freezing transaction (the figures are summed from them), hence the
-- deferred key.
create table publication_record (
    publication_id uuid        not null references publication (id) on delete cascade deferrable initially deferred,
    record_kind    varchar(10) not null,
    record_id      uuid        not null,
    version        bigint      not null,
    contribution   jsonb       not null,
    primary key (publication_id, record_kind, record_id)
);

-- How much drift the change feed last announced for each published publication (DriftWatch).
create table publication_drift_seen (
    publication_id uuid        primary key references publication (id) on delete cascade,
    records        bigint      not null,
    checked_at     timestamptz not null
);

-- The change feed announces publications: proposed (created), published, rejected, and drifted.
alter table change_event alter column kind type varchar(20);
alter table change_event drop constraint ck__change_event__kind;
alter table change_event add constraint ck__change_event__kind
    check (kind in ('operation', 'action', 'agency', 'notice', 'hold', 'publication'));
alter table change_event drop constraint ck__change_event__change;
alter table change_event add constraint ck__change_event__change check (change in ('created', 'updated', 'deleted',
    'transitioned', 'disposed', 'published', 'rejected', 'drifted'));
create trigger publication_changes_on_insert after insert on publication referencing new table as added
    for each statement execute function change_event_record('publication');
create trigger publication_changes_on_update after update on publication
    referencing old table as removed new table as added
    for each statement execute function change_event_record('publication');
