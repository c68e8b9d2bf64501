-- Partner agencies and the notices issued with them (e.g. Cease and Desist with a ROCU).
create table partner_agency (
    id          uuid         primary key,
    code        varchar(20)  not null,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    active      boolean      not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    constraint uk__partner_agency__code unique (code)
);
create index partner_agency_code_id_idx on partner_agency (code, id);

create table partner_notice (
    id                uuid          primary key,
    notice_type       varchar(20)   not null,
    partner_agency_id uuid          not null,
    operation_id      uuid,
    subject_reference varchar(40)   not null,
    subject_age_band  varchar(10)   not null,
    legislation       varchar(20),
    issued_on         date,
    follow_up_due     date,
    status            varchar(15)   not null,
    -- true from the ISSUED transition on, unless withdrawn before being served (ISSUED -> WITHDRAWN)
    counts_as_issued  boolean       not null,
    notes             varchar(500),
    security_marking  varchar(20)   not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint fk__partner_notice__partner_agency_id foreign key (partner_agency_id) references partner_agency (id),
    constraint fk__partner_notice__operation_id foreign key (operation_id) references operation (id),
    constraint ck__partner_notice__follow_up_due check (follow_up_due is null or issued_on is null
        or follow_up_due >= issued_on),
    constraint ck__partner_notice__status check (status in ('DRAFT', 'ISSUED', 'SERVED', 'ACKNOWLEDGED',
        'DECLINED', 'CLOSED', 'ESCALATED', 'WITHDRAWN'))
);
create index partner_notice_created_idx on partner_notice (created_at, id);
create index partner_notice_agency_idx on partner_notice (partner_agency_id, created_at, id);
create index partner_notice_operation_idx on partner_notice (operation_id, created_at, id);
create index partner_notice_issued_on_idx on partner_notice (issued_on) where counts_as_issued;
create index partner_notice_follow_up_idx on partner_notice (follow_up_due)
    where status not in ('CLOSED', 'ESCALATED', 'WITHDRAWN');

create table partner_notice_transition (
    id           bigint       generated always as identity primary key,
    notice_id    uuid         not null references partner_notice (id) on delete cascade,
    from_status  varchar(15),
    to_status    varchar(15)  not null,
    reason       varchar(500),
    occurred_at  timestamptz  not null,
    recorded_at  timestamptz  not null,
    actor        varchar(200) not null
);
create index partner_notice_transition_notice_idx on partner_notice_transition (notice_id, id);
