-- The scale run's data (issue 30): :audit s.62 entries over the past two years and :feed change feed entries
-- over the past 100 days, written straight into the tables the service migrated, after bench/sql/load.sql, as a
-- force running the service for years would hold them. The audit entries are consultations of the loaded actions
-- (about ten per action), in time order, each month in its own partition; a tenth of the feed is older than its
-- retention (P90D), for the service's pruning to remove while writers write. The feed's entries take transaction
-- ids below every running transaction's (a bulk load's own would put them all in one transaction).
\set ON_ERROR_STOP on
\o /dev/null
select audit_event_add_month(now() - make_interval(months => m)) from generate_series(0, 25) m;
\o
create temp table scale_action as select row_number() over () as n, id from enforcement_action;
insert into audit_event (occurred_at, actor, actor_name, roles, client_id, action, resource_type, resource_id,
                         request_method, request_path, outcome_status, correlation_id)
select now() - (:audit - i) * (interval '730 days' / :audit), 'officer-' || i % 500, null, 'reader', 'records-system',
       'CONSULTATION', 'enforcement-actions', a.id, 'GET', '/api/v2/enforcement-actions/' || a.id, 200, 'scale-' || i
  from generate_series(1, :audit) i
  join scale_action a on a.n = 1 + i % (select count(*) from scale_action);
insert into change_event (tx_id, kind, change, record_id, version, security_marking, occurred_at)
select (3 + i::bigint * 500 / :feed)::text::xid8, 'action', 'created', gen_random_uuid(), 0, 'OFFICIAL',
       now() - interval '100 days' + i * (interval '100 days' / :feed)
  from generate_series(1, :feed) i;
-- pgbench's audit table holds the same entries (its inserts pay the same index depth).
insert into bench_audit select * from audit_event where correlation_id like 'scale-%';
