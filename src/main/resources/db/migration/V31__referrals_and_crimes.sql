-- Referrals and crimes (issue 28, contract 2.6.0). A referral is received from a source (most from the NCA's CEOP
-- command), graded for risk, and acted on: its clock runs from receipt to the first enforcement action naming it.
-- A crime is known by its records-system reference, with its Home Office offence code and outcomes.
create table referral (
    id                uuid          primary key,
    source            varchar(30)   not null,
    source_reference  varchar(60)   not null,
    received_at       timestamptz   not null,
    partner_agency_id uuid          constraint fk__referral__partner_agency_id references partner_agency (id),
    operation_id      uuid          constraint fk__referral__operation_id references operation (id),
    subject_reference varchar(40),
    rms_reference     varchar(30),
    notes             varchar(500),
    security_marking  varchar(20)   not null,
    status            varchar(10)   not null,
    closure_reason    varchar(40),
    closed_at         timestamptz,
    -- The latest risk assessment's grade and target, and when the clock falls due (received_at + target).
    grade             varchar(10),
    target_seconds    bigint,
    due_at            timestamptz,
    first_assessed_at timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint uk__referral__source_reference unique (source, source_reference),
    constraint ck__referral__status check (status in ('RECEIVED', 'ASSESSED', 'DEVELOPED', 'ACTIONED', 'CLOSED')),
    constraint ck__referral__grade check (grade is null or grade in ('VERY_HIGH', 'HIGH', 'MEDIUM', 'LOW')),
    constraint ck__referral__closure_reason check ((status = 'CLOSED') = (closed_at is not null)
        and (closed_at is null) = (closure_reason is null))
);
create index referral_received_idx on referral (received_at, id);
create index referral_partner_idx on referral (partner_agency_id, received_at, id) where partner_agency_id is not null;
create index referral_operation_idx on referral (operation_id) where operation_id is not null;
-- The clock's events, for the figures of a period.
create index referral_assessed_idx on referral (first_assessed_at) where first_assessed_at is not null;
create index referral_closed_idx on referral (closed_at) where closed_at is not null;
-- Open referrals by when they fall due: those breaching are the ones due before now with no action.
create index referral_due_idx on referral (due_at, received_at, id) where status <> 'CLOSED';

create table referral_assessment (
    id          uuid         primary key,
    referral_id uuid         not null references referral (id) on delete cascade,
    tool        varchar(30)  not null,
    grade       varchar(10)  not null,
    assessed_at timestamptz  not null,
    assessed_by varchar(200) not null,
    target_seconds bigint,
    recorded_at timestamptz  not null,
    constraint ck__referral_assessment__grade check (grade in ('VERY_HIGH', 'HIGH', 'MEDIUM', 'LOW'))
);
create index referral_assessment_referral_idx on referral_assessment (referral_id, assessed_at, id);

create table referral_transition (
    id             bigint       generated always as identity primary key,
    referral_id    uuid         not null references referral (id) on delete cascade,
    from_status    varchar(10),
    to_status      varchar(10)  not null,
    occurred_at    timestamptz  not null,
    recorded_at    timestamptz  not null,
    actor          varchar(200) not null,
    closure_reason varchar(40),
    reason         varchar(500)
);
create index referral_transition_referral_idx on referral_transition (referral_id, id);

-- An action names the referral it came from; each referral's first action is kept by the action's statement
-- (R__07_referral_clock.sql), so that the clock and the breaching list read one row.
alter table enforcement_action add column referral_id uuid,
    add constraint fk__enforcement_action__referral_id foreign key (referral_id) references referral (id);
create index enforcement_action_referral_idx on enforcement_action (referral_id, occurred_at) where referral_id is not null;
create index enforcement_action_referred_idx on enforcement_action (occurred_at) where referral_id is not null;
create table referral_first_action (
    referral_id     uuid        primary key references referral (id) on delete cascade,
    first_action_at timestamptz not null
);
create index referral_first_action_at_idx on referral_first_action (first_action_at);

create table crime (
    id               uuid         primary key,
    crime_reference  varchar(30)  not null,
    offence_code     varchar(10)  not null,
    offence_category varchar(40)  not null,
    referral_id      uuid         constraint fk__crime__referral_id references referral (id),
    security_marking varchar(20)  not null,
    -- The current outcome (the latest by outcome_date, then by when recorded).
    outcome_type     integer,
    outcome_date     date,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint uk__crime__crime_reference unique (crime_reference),
    constraint ck__crime__outcome check ((outcome_type is null) = (outcome_date is null))
);
create index crime_created_idx on crime (created_at, id);
create index crime_outcome_idx on crime (outcome_date) where outcome_date is not null;
create index crime_referral_idx on crime (referral_id) where referral_id is not null;

create table crime_action (
    crime_id  uuid not null references crime (id) on delete cascade,
    action_id uuid not null references enforcement_action (id) on delete cascade,
    primary key (crime_id, action_id)
);
create index crime_action_action_idx on crime_action (action_id);

create table crime_outcome (
    id           uuid         primary key,
    crime_id     uuid         not null references crime (id) on delete cascade,
    outcome_type integer      not null,
    outcome_date date         not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz  not null
);
create index crime_outcome_crime_idx on crime_outcome (crime_id, outcome_date, recorded_at);

-- The change feed announces referrals and crimes (a referral's partner agency reads its own entries).
alter table change_event drop constraint ck__change_event__kind;
alter table change_event add constraint ck__change_event__kind
    check (kind in ('operation', 'action', 'agency', 'notice', 'hold', 'publication', 'referral', 'crime'));
do $$
declare
    feed record;
begin
    for feed in select * from (values ('referral', 'referral'), ('crime', 'crime')) as t (tbl, kind) loop
        execute format('create trigger %I after insert on %I referencing new table as added '
                       'for each statement execute function change_event_record(%L)',
                       feed.tbl || '_changes_on_insert', feed.tbl, feed.kind);
        execute format('create trigger %I after update on %I referencing old table as removed new table as added '
                       'for each statement execute function change_event_record(%L)',
                       feed.tbl || '_changes_on_update', feed.tbl, feed.kind);
        execute format('create trigger %I after delete on %I referencing old table as removed '
                       'for each statement execute function change_event_record(%L)',
                       feed.tbl || '_changes_on_delete', feed.tbl, feed.kind);
    end loop;
end
$$;
