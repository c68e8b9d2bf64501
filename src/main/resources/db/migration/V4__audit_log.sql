-- DPA 2018 s.62 log: one entry per collection, alteration, consultation, disclosure or erasure.
-- Append-only in the database itself: no role can UPDATE, DELETE or TRUNCATE it (triggers below).
-- An erasure entry names the erased record; it never holds the record's data.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz   not null,
    actor           varchar(200)  not null,
    actor_name      varchar(200),
    roles           varchar(200)  not null,
    client_id       varchar(200),
    agency          varchar(20),
    action          varchar(12)   not null,
    resource_type   varchar(40)   not null,
    resource_id     uuid,
    request_method  varchar(10)   not null,
    request_path    varchar(2048) not null,
    query           varchar(2048),
    outcome_status  integer       not null,
    correlation_id  varchar(128)  not null,
    justification   varchar(500),
    constraint ck__audit_event__action
        check (action in ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'ERASURE'))
);

create index audit_event_occurred_at_idx on audit_event (occurred_at, id);
create index audit_event_actor_idx on audit_event (actor, occurred_at, id);
create index audit_event_resource_idx on audit_event (resource_type, resource_id, occurred_at, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
