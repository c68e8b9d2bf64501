-- Bulk data for the benchmark: :operations operations, :actions actions over five years (2021-2025),
-- 20 agencies and :notices notices, written straight into the tables the service migrated.
\set ON_ERROR_STOP on
-- Every record is under review (V17): the loaded ones in the groups the service would give them.
alter table operation alter column retention_group set default 'GROUP_1',
    alter column review_due_on set default current_date + 3652;
alter table enforcement_action alter column retention_group set default 'GROUP_1',
    alter column review_due_on set default current_date + 3652;
alter table partner_notice alter column retention_group set default 'GROUP_1',
    alter column review_due_on set default current_date + 3652;
insert into operation (id, reference, name, kind, start_date, end_date, lead_unit, status, security_marking,
                       created_at, updated_at, version)
select gen_random_uuid(), 'OP-BENCH-' || g, 'Bench operation ' || g, 'OPERATION',
       date '2021-01-01' + (g % 1800), date '2021-01-01' + (g % 1800) + 7, 'Cyber and Digital Crime Unit',
       'CLOSED', 'OFFICIAL_SENSITIVE', now(), now(), 0
  from generate_series(1, :operations) g;

create temporary table bench_ops as select id, row_number() over (order by reference) as n from operation;

-- One statement: the insert trigger appends its daily deltas once (migration V7); folded below.
insert into enforcement_action (id, operation_id, action_type, occurred_at, area, offence_category, rms_reference,
    security_marking, legal_basis, warrant_result, devices_seized, children_safeguarded, persons_arrested,
    persons_charged, charge_offence, safeguarding_kind, seizure_power, created_at, updated_at, version)
select gen_random_uuid(), o.id, t.action_type,
       timestamptz '2021-01-01 00:00:00+00' + (random() * interval '1826 days'),
       (array['NORTH','SOUTH','WEST'])[1 + (g % 3)],
       (array['IIOC_MAKING','IIOC_POSSESSION','IIOC_DISTRIBUTION','ONLINE_CHILD_SEXUAL_EXPLOITATION','COMPUTER_MISUSE','OTHER'])[1 + (g % 6)],
       'CU-B' || g, 'OFFICIAL_SENSITIVE',
       case when t.action_type = 'SEARCH_WARRANT' then 'PCA_1978_S4' end,
       case when t.action_type = 'SEARCH_WARRANT' then (array['POSITIVE','NEGATIVE','NOT_EXECUTED'])[1 + (g % 3)] end,
       case when t.action_type in ('SEARCH_WARRANT', 'DEVICE_SEIZURE') and g % 3 <> 2 then 1 + g % 5 else 0 end,
       case when t.action_type = 'SAFEGUARDING' then 1 + g % 3 else 0 end,
       case when t.action_type = 'ARREST' then 1 else 0 end,
       case when t.action_type = 'CHARGE' then 1 + g % 2 else 0 end,
       case when t.action_type = 'CHARGE' then 'Making indecent photographs of a child' end,
       case when t.action_type = 'SAFEGUARDING' then 'MASH_REFERRAL' end,
       case when t.action_type in ('SEARCH_WARRANT', 'DEVICE_SEIZURE') and g % 3 <> 2 then 'PACE_1984_S19' end,
       now(), now(), 0
  from generate_series(1, :actions) g
  join bench_ops o on o.n = 1 + (g % :operations)
  cross join lateral (select (array['SEARCH_WARRANT','DEVICE_SEIZURE','ARREST','CHARGE','SAFEGUARDING'])[1 + (g % 5)]
                             as action_type) t;

insert into partner_agency (id, code, name, kind, active, created_at, updated_at, version)
select gen_random_uuid(), 'BENCH' || g, 'Bench agency ' || g, 'ROCU', true, now(), now(), 0
  from generate_series(1, 20) g;
create temporary table bench_agencies as select id, row_number() over (order by code) as n from partner_agency;

insert into partner_notice (id, notice_type, partner_agency_id, operation_id, subject_reference, subject_age_band,
    issued_on, status, counts_as_issued, security_marking, created_at, updated_at, version)
select gen_random_uuid(), 'CEASE_AND_DESIST', a.id, o.id, 'SUBJ-B' || g, 'UNKNOWN',
       date '2021-01-01' + (g % 1826), 'ISSUED', true, 'OFFICIAL_SENSITIVE', now(), now(), 0
  from generate_series(1, :notices) g
  join bench_agencies a on a.n = 1 + (g % 20)
  join bench_ops o on o.n = 1 + (g % :operations);

alter table operation alter column retention_group drop default, alter column review_due_on drop default;
alter table enforcement_action alter column retention_group drop default, alter column review_due_on drop default;
alter table partner_notice alter column retention_group drop default, alter column review_due_on drop default;

-- Fold the load's deltas into the daily totals, as the service's TotalsFolder does every second (it
-- may be folding at this moment: then try again until this fold has run).
do $$ begin while fold_action_total_deltas() < 0 loop perform pg_sleep(0.05); end loop; end $$;

analyze;
