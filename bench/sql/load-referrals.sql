-- Bulk referrals for the benchmark (issue 28): :referrals referrals over five years (2021-2025), written straight
-- into the tables the service migrated, after bench/sql/load.sql. Half are acted on: each names one loaded action
-- (received up to 40 days before it); of the other half a quarter is never assessed, and two in five are closed.
\set ON_ERROR_STOP on
create temporary table bench_targets (grade text, seconds bigint, n int);
insert into bench_targets values ('VERY_HIGH', 86400, 0), ('HIGH', 604800, 1), ('MEDIUM', 1209600, 2),
                                 ('LOW', 2592000, 3);
-- The actions the referrals acted on name them, one each.
create temporary table bench_referred as
select gen_random_uuid() as referral_id, a.id as action_id, a.occurred_at, row_number() over () as g
  from (select id, occurred_at from enforcement_action order by id limit :referrals / 2) a;

insert into referral (id, source, source_reference, received_at, security_marking, status, closure_reason, closed_at,
                      grade, target_seconds, due_at, first_assessed_at, created_at, updated_at, version)
select r.referral_id, 'NCA_CEOP', 'CEOP-BA' || r.g, r.received, 'OFFICIAL_SENSITIVE',
       case when r.g % 5 < 2 then 'CLOSED' else 'ACTIONED' end,
       case when r.g % 5 < 2 then 'CHARGED' end,
       case when r.g % 5 < 2 then r.occurred_at + interval '30 days' end,
       t.grade, t.seconds, r.received + t.seconds * interval '1 second', r.received + interval '2 hours', now(), now(), 0
  from (select *, occurred_at - random() * interval '40 days' as received from bench_referred) r
  join bench_targets t on t.n = r.g % 4;

insert into referral (id, source, source_reference, received_at, security_marking, status, closure_reason, closed_at,
                      grade, target_seconds, due_at, first_assessed_at, created_at, updated_at, version)
select gen_random_uuid(), 'NCA_CEOP', 'CEOP-BU' || r.g, r.received, 'OFFICIAL_SENSITIVE',
       case when g % 5 < 2 then 'CLOSED' when g % 4 = 0 then 'RECEIVED' else 'DEVELOPED' end,
       case when g % 5 < 2 then 'NO_OFFENCE_IDENTIFIED' end,
       case when g % 5 < 2 then r.received + interval '60 days' end,
       case when g % 4 <> 0 then t.grade end, case when g % 4 <> 0 then t.seconds end,
       case when g % 4 <> 0 then r.received + t.seconds * interval '1 second' end,
       case when g % 4 <> 0 then r.received + interval '2 hours' end, now(), now(), 0
  -- random() in the select list, once per row (in a lateral subquery naming no outer column it ran once).
  from (select g, timestamptz '2021-01-01 00:00:00+00' + random() * interval '1826 days' as received
          from generate_series(1, :referrals - :referrals / 2) g) r
  join bench_targets t on t.n = g % 4;

-- Bulk-loaded as data already in service: the actions' triggers (totals, feed) are not run for naming a referral;
-- each referral's first action is written as the trigger would write it.
set session_replication_role = replica;
update enforcement_action a set referral_id = r.referral_id from bench_referred r where a.id = r.action_id;
set session_replication_role = default;
insert into referral_first_action (referral_id, first_action_at)
select referral_id, occurred_at from bench_referred;
analyze referral;
analyze referral_first_action;
analyze enforcement_action;
