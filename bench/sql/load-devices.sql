-- Bulk devices for the benchmark (issue 29): :devices devices, each seized at one of the loaded actions (so over
-- five years, 2021-2025), written straight into the tables the service migrated, after bench/sql/load.sql. Their
-- journeys: one in ten triaged as needing no examination; the others queued a few days after seizure and examined
-- after a wait that is mostly weeks, sometimes up to 18 months (540 days x random()^6: 77 days on average, so that a
-- past day has a backlog of every age), one in 200 never examined.
\set ON_ERROR_STOP on
set session_replication_role = replica;  -- data already in service: the feed's triggers are not run for it
insert into device (id, action_id, exhibit_reference, kind, priority, security_marking, status, seized_at,
                    triage_route, triaged_at, awaiting_since, examination_started_at, examination_ended_at,
                    caid_category_a, caid_category_b, caid_category_c, fsr_code_compliant, examiner_reference,
                    concluded_at, queue_left_at, created_at, updated_at, version)
select gen_random_uuid(), j.action_id, 'EXB/' || j.n, j.kind, j.priority, 'OFFICIAL_SENSITIVE',
       case when j.not_required then 'RETURNED' when j.started is null then 'AWAITING_EXAMINATION'
            when j.ended is null then 'IN_EXAMINATION' else 'EXAMINED' end,
       j.seized, case when j.not_required then 'NOT_REQUIRED' else 'LAB' end, j.triaged,
       case when not j.not_required then j.triaged end, j.started, j.ended,
       case when j.ended is not null then j.n % 7 end, case when j.ended is not null then j.n % 13 end,
       case when j.ended is not null then j.n % 97 end, case when j.ended is not null then true end,
       case when j.ended is not null then 'EXAM-' || j.n % 40 end,
       case when j.not_required then j.triaged + interval '1 day' end,
       case when j.not_required then j.triaged else j.started end, now(), now(), 0
  from (select a.id as action_id, a.n, a.occurred_at as seized, a.occurred_at + interval '3 days' as triaged,
               (array['PHONE', 'COMPUTER', 'TABLET', 'STORAGE_MEDIA', 'GAMES_CONSOLE', 'OTHER'])[1 + a.n % 6] as kind,
               (array['SAFEGUARDING', 'HIGH', 'STANDARD'])[1 + a.n % 3] as priority,
               a.n % 10 = 0 as not_required,
               case when a.n % 10 <> 0 and a.n % 200 <> 1
                    then a.occurred_at + interval '3 days' + power(random(), 6) * interval '540 days' end as started,
               random() < 0.9 as finished
          from (select id, occurred_at, row_number() over () as n from enforcement_action limit :devices) a
          ) s
  cross join lateral (select s.action_id, s.n, s.seized, s.triaged, s.kind, s.priority, s.not_required,
                             -- no examination ends after the load: those still running keep it open
                             case when s.started < now() then s.started end as started,
                             case when s.started < now() - interval '30 days' and s.finished
                                  then s.started + random() * interval '30 days' end as ended) j;
set session_replication_role = default;
analyze device;
