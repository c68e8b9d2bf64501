-- The s.62 log for years (issue 30): audit_event is partitioned by calendar month (UTC) so that a query of a
-- period reads only its months, and an old month, a table of its own (audit_event_y2024m01), can be moved to
-- cheaper storage (ALTER TABLE ... SET TABLESPACE) while it stays part of the log. The log is still kept whole
-- and append-only on every partition: the row triggers below are cloned by PostgreSQL onto every partition,
-- including those attached later, and audit_event_add_month gives each new partition the TRUNCATE trigger
-- (statement triggers are not cloned). AuditLogMonths adds the coming months ahead; an entry of a month that has
-- no partition (a clock far off) goes to audit_event_other_months, so that no entry is ever refused.
--
-- A partitioned table's unique keys must hold its partition key: the primary key becomes (occurred_at, id),
-- which is also the order the log is read in, and an identity column becomes a sequence's default
-- (PostgreSQL 15 has no identity on partitioned tables). Ids and every entry are kept as they were.
set local timezone = 'UTC'; -- this migration's months are UTC months too

alter table audit_event rename to audit_event_unpartitioned;
alter index audit_event_pkey rename to audit_event_unpartitioned_pkey;
alter index audit_event_occurred_at_idx rename to audit_event_unpartitioned_occurred_at_idx;
alter index audit_event_actor_idx rename to audit_event_unpartitioned_actor_idx;
alter index audit_event_resource_idx rename to audit_event_unpartitioned_resource_idx;
alter table audit_event_unpartitioned rename constraint ck__audit_event__action to ck__audit_event_unpartitioned__action;

create sequence audit_event_entry_seq;
create table audit_event (
    id                  bigint        not null default nextval('audit_event_entry_seq'),
    occurred_at         timestamptz   not null,
    actor               varchar(200)  not null,
    actor_name          varchar(200),
    roles               varchar(200)  not null,
    client_id           varchar(200),
    agency              varchar(20),
    action              varchar(12)   not null,
    resource_type       varchar(40)   not null,
    resource_id         uuid,
    request_method      varchar(10)   not null,
    request_path        varchar(2048) not null,
    query               varchar(2048),
    outcome_status      integer       not null,
    correlation_id      varchar(128)  not null,
    row_count           bigint,
    justification_quote bigint,
    query_quotes        bigint[],
    replay              boolean       not null default false,
    recipient           varchar(200),
    constraint audit_event_pkey primary key (occurred_at, id),
    constraint ck__audit_event__action
        check (action in ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE'))
) partition by range (occurred_at);
alter sequence audit_event_entry_seq owned by audit_event.id;

create index audit_event_actor_idx on audit_event (actor, occurred_at, id);
-- One record's history is asked for by its id alone (resource_type is optional and adds nothing to a UUID): led
-- by resource_type, the old index could not serve it, and the query read the whole log.
create index audit_event_resource_idx on audit_event (resource_id, occurred_at, id);

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

create table audit_event_other_months partition of audit_event default;
create trigger audit_event_no_truncate
    before truncate on audit_event_other_months
    for each statement execute function audit_event_is_append_only();

-- Adds the month holding `day` (months in UTC: the function's own time zone) as a partition of its own,
-- append-only like the rest; answers its name, or null when it exists already or when entries of that month were
-- written to audit_event_other_months before it existed (those stay where they are: moving them would delete
-- from the log). Built apart and attached, so that writers of other months are not held (ATTACH takes a lock
-- that does not conflict with inserts), and serialised across instances by an advisory lock.
create function audit_event_add_month(day timestamptz) returns text language plpgsql set timezone = 'UTC' as $$
declare
    lower_bound timestamptz := date_trunc('month', day);
    upper_bound timestamptz := date_trunc('month', day) + interval '1 month';
    partition_name text := to_char(date_trunc('month', day), '"audit_event_y"YYYY"m"MM');
begin
    perform pg_advisory_xact_lock(hashtext('audit_event_add_month'));
    if to_regclass(partition_name) is not null then
        return null;
    end if;
    if exists (select 1 from audit_event_other_months
                where occurred_at >= lower_bound and occurred_at < upper_bound) then
        raise warning 'audit_event: no partition % (entries of that month are in audit_event_other_months)',
            partition_name;
        return null;
    end if;
    execute format('create table %I (like audit_event including defaults including constraints)', partition_name);
    execute format('create trigger audit_event_no_truncate before truncate on %I '
                   'for each statement execute function audit_event_is_append_only()', partition_name);
    execute format('alter table audit_event attach partition %I for values from (%L) to (%L)',
                   partition_name, lower_bound, upper_bound);
    return partition_name;
end
$$;

-- The months the log already holds, this one and the next two; then every entry as it was.
select audit_event_add_month(month)
  from (select distinct date_trunc('month', occurred_at) as month from audit_event_unpartitioned
        union select now() + make_interval(months => n) from generate_series(0, 2) n) months
 order by month;

insert into audit_event (id, occurred_at, actor, actor_name, roles, client_id, agency, action, resource_type,
                         resource_id, request_method, request_path, query, outcome_status, correlation_id,
                         row_count, justification_quote, query_quotes, replay, recipient)
select id, occurred_at, actor, actor_name, roles, client_id, agency, action, resource_type,
       resource_id, request_method, request_path, query, outcome_status, correlation_id,
       row_count, justification_quote, query_quotes, replay, recipient
  from audit_event_unpartitioned;
select setval('audit_event_entry_seq', coalesce((select max(id) from audit_event), 0) + 1, false);

-- The unpartitioned log goes (DROP is the owner's, as ever; its triggers refuse UPDATE, DELETE and TRUNCATE only).
drop table audit_event_unpartitioned;
