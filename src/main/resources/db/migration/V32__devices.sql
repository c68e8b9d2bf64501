-- The exhibit register (issue 29, contract 2.7.0): each seized device a record, timed through triage and
-- examination. seized_at is its seizure action's occurred_at, kept so by R__08_device_seizure.sql; it waits for
-- examination from seized_at to queue_left_at (examination started, triage found none needed, or it concluded
-- before one).
create table device (
    id                        uuid          primary key,
    action_id                 uuid          not null constraint fk__device__action_id references enforcement_action (id),
    -- Null once its seizure action is disposed of (MoPI review): its references go, its counts stay.
    exhibit_reference         varchar(30),
    kind                      varchar(30)   not null,
    priority                  varchar(30)   not null,
    s59_application_reference varchar(40),
    security_marking          varchar(20)   not null,
    status                    varchar(20)   not null,
    seized_at                 timestamptz   not null,
    triage_route              varchar(12),
    triaged_at                timestamptz,
    awaiting_since            timestamptz,
    examination_started_at    timestamptz,
    examination_ended_at      timestamptz,
    caid_category_a           integer,
    caid_category_b           integer,
    caid_category_c           integer,
    fsr_code_compliant        boolean,
    fsr_method_reference      varchar(40),
    examiner_reference        varchar(40),
    concluded_at              timestamptz,
    conclusion_reason         varchar(500),
    queue_left_at             timestamptz,
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null,
    constraint uk__device__exhibit_reference unique (exhibit_reference),
    constraint ck__device__status check (status in ('SEIZED', 'TRIAGED', 'AWAITING_EXAMINATION', 'IN_EXAMINATION',
        'EXAMINED', 'RETURNED', 'RETAINED', 'DESTROYED')),
    constraint ck__device__triage_route check (triage_route is null or triage_route in ('KIOSK', 'LAB', 'NOT_REQUIRED')),
    constraint ck__device__caid check (caid_category_a >= 0 and caid_category_b >= 0 and caid_category_c >= 0),
    constraint ck__device__examination check (examination_ended_at is null or examination_ended_at >= examination_started_at),
    -- Named for the field a client changes to break it: the seizure action's occurred_at, moved after the
    -- device's first move (triage; every later move is later still).
    constraint ck__device__occurred_at check (triaged_at is null or triaged_at >= seized_at)
);
create index device_created_idx on device (created_at, id);
create index device_action_idx on device (action_id);

create table device_transition (
    id           bigint       generated always as identity primary key,
    device_id    uuid         not null references device (id) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    occurred_at  timestamptz  not null,
    recorded_at  timestamptz  not null,
    actor        varchar(200) not null,
    triage_route varchar(12),
    reason       varchar(500)
);
create index device_transition_device_idx on device_transition (device_id, id);

-- The change feed announces devices.
alter table change_event drop constraint ck__change_event__kind;
alter table change_event add constraint ck__change_event__kind
    check (kind in ('operation', 'action', 'agency', 'notice', 'hold', 'publication', 'referral', 'crime', 'device'));
create trigger device_changes_on_insert after insert on device referencing new table as added
    for each statement execute function change_event_record('device');
create trigger device_changes_on_update after update on device referencing old table as removed new table as added
    for each statement execute function change_event_record('device');
create trigger device_changes_on_delete after delete on device referencing old table as removed
    for each statement execute function change_event_record('device');

-- The backlog as it stood at any moment (FigureCatalogue.DEVICE_QUEUE): the devices whose waiting span contains it.
create index device_queue_idx on device using gist (tstzrange(seized_at, queue_left_at, '(]'));
-- A period's examinations, started and ended, with what their figures read (the wait from seizure, the images
-- graded), from these indexes alone: a year's device figures 408 -> 174 ms over 1,000,000 devices.
create index device_examination_started_idx on device (examination_started_at) include (seized_at)
    where examination_started_at is not null;
create index device_examination_ended_idx on device (examination_ended_at)
    include (seized_at, caid_category_a, caid_category_b, caid_category_c) where examination_ended_at is not null;
-- A time series' later buckets: the devices seized, and those that left the queue, between two bucket ends, read
-- from these indexes alone.
create index device_seized_idx on device (seized_at) include (kind, priority);
create index device_queue_left_idx on device (queue_left_at) include (seized_at, kind, priority)
    where queue_left_at is not null;
