-- Enforcement actions: one thing officers did at one time, with the counts it produced.
-- Each device, child or person is counted on exactly one action.
create table enforcement_action (
    id                    uuid          primary key,
    operation_id          uuid,
    action_type           varchar(20)   not null,
    occurred_at           timestamptz   not null,
    area                  varchar(30)   not null,
    offence_category      varchar(40)   not null,
    rms_reference         varchar(30)   not null,
    subject_reference     varchar(40),
    officer_collar_number varchar(10),
    notes                 varchar(500),
    security_marking      varchar(20)   not null,
    legal_basis           varchar(20),
    warrant_result        varchar(20),
    devices_seized        integer       not null default 0,
    exhibit_references    varchar(40)[],
    children_safeguarded  integer       not null default 0,
    persons_arrested      integer       not null default 0,
    persons_charged       integer       not null default 0,
    charge_offence        varchar(200),
    safeguarding_kind     varchar(30),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    constraint fk__enforcement_action__operation_id foreign key (operation_id) references operation (id),
    constraint ck__enforcement_action__action_type
        check (action_type in ('SEARCH_WARRANT', 'DEVICE_SEIZURE', 'ARREST', 'CHARGE', 'SAFEGUARDING')),
    constraint ck__enforcement_action__warrant_result
        check (warrant_result is null or warrant_result in ('POSITIVE', 'NEGATIVE', 'NOT_EXECUTED')),
    constraint ck__enforcement_action__devices_seized check (devices_seized between 0 and 1000),
    constraint ck__enforcement_action__children_safeguarded check (children_safeguarded between 0 and 1000),
    constraint ck__enforcement_action__persons_arrested check (persons_arrested between 0 and 1000),
    constraint ck__enforcement_action__persons_charged check (persons_charged between 0 and 1000)
);

-- Keyset order (occurred_at, id) for the plain list and for each filter, so that every filtered page
-- is an index range scan.
create index enforcement_action_occurred_idx on enforcement_action (occurred_at, id);
create index enforcement_action_operation_idx on enforcement_action (operation_id, occurred_at, id);
create index enforcement_action_type_idx on enforcement_action (action_type, occurred_at, id);
create index enforcement_action_area_idx on enforcement_action (area, occurred_at, id);
create index enforcement_action_offence_idx on enforcement_action (offence_category, occurred_at, id);
create index enforcement_action_warrant_idx on enforcement_action (warrant_result, occurred_at, id)
    where warrant_result is not null;
