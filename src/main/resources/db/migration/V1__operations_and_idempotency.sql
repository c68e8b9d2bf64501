-- Operations: weeks of action, operations and campaigns that group enforcement records.
-- Constraint names follow <kind>__<table>__<json_field> so that a violation can name the field.
create table operation (
    id               uuid         primary key,
    reference        varchar(40)  not null,
    name             varchar(200) not null,
    kind             varchar(20)  not null,
    description      varchar(1000),
    start_date       date         not null,
    end_date         date,
    lead_unit        varchar(100) not null,
    status           varchar(10)  not null,
    security_marking varchar(20)  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint uk__operation__reference unique (reference),
    constraint ck__operation__kind check (kind in ('WEEK_OF_ACTION', 'OPERATION', 'CAMPAIGN')),
    constraint ck__operation__status check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    constraint ck__operation__security_marking check (security_marking in ('OFFICIAL', 'OFFICIAL_SENSITIVE')),
    constraint ck__operation__end_date check (end_date is null or end_date >= start_date)
);

-- Keyset paging walks (start_date, id); the date-range filter uses the same index.
create index operation_start_date_id_idx on operation (start_date, id);
create index operation_status_idx on operation (status, start_date, id);

-- Idempotency-Key records, shared by every instance of the service.
create table idempotency_key (
    scope             varchar(400)  not null,
    idempotency_key   varchar(255)  not null,
    request_hash      char(64)      not null,
    response_status   integer,
    response_location varchar(2048),
    response_etag     varchar(64),
    response_body     text,
    created_at        timestamptz   not null,
    primary key (scope, idempotency_key)
);
create index idempotency_key_created_at_idx on idempotency_key (created_at);
