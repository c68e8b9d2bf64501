-- Contract 2.0: every summary and CSV export states the highest security marking of the records it draws
-- on. The daily totals (and their deltas) count how many of their actions are OFFICIAL_SENSITIVE: a sum,
-- so it folds like the other figures, and a summary over a year reads it from the same rows it already
-- reads. A marking changed on an action moves it from one count to the other, like any other figure.
alter table action_daily_totals add column sensitive_actions bigint not null default 0;
alter table action_daily_total_deltas add column sensitive_actions bigint not null default 0;

-- Fold what is pending first (migrations run before the service takes requests), so the totals equal the
-- actions exactly and the backfill below can count the actions themselves.
select fold_action_total_deltas();
update action_daily_totals t
   set sensitive_actions = s.sensitive
  from (select (occurred_at at time zone 'Europe/London')::date as day, area, offence_category, action_type,
               coalesce(warrant_result, '') as warrant_result, count(*) as sensitive
          from enforcement_action
         where security_marking = 'OFFICIAL_SENSITIVE'
         group by 1, 2, 3, 4, 5) s
 where t.day = s.day and t.area = s.area and t.offence_category = s.offence_category
   and t.action_type = s.action_type and coalesce(t.warrant_result, '') = s.warrant_result;

create or replace function enforcement_action_appends_deltas() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        delete from charged_person where action_id in (select id from removed);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into charged_person
        select id, (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, reference
          from added, unnest(person_references) as reference
         where action_type = 'CHARGE';
    end if;
    -- One statement's changed actions, +1 for each row added and -1 for each removed (an update is both),
    -- summed per London day and dimension. A transition table exists only for the events that have one,
    -- so the rows are read through EXECUTE, which plans only the tables this event has.
    execute format($sql$
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged), sum(sign * unreferenced), sum(sign * sensitive)
          from (select sign, occurred_at, area, offence_category, action_type, warrant_result, devices_seized,
                       children_safeguarded, persons_arrested, persons_charged,
                       persons_charged - coalesce(cardinality(person_references), 0) as unreferenced,
                       (security_marking = 'OFFICIAL_SENSITIVE')::int as sensitive
                  from (%s) changed) change
         group by 1, 2, 3, 4, 5
        -- An update that moves no figure (a corrected note) leaves no delta; an insert or delete always does.
        having sum(sign) <> 0 or sum(sign * devices_seized) <> 0 or sum(sign * children_safeguarded) <> 0
            or sum(sign * persons_arrested) <> 0 or sum(sign * persons_charged) <> 0 or sum(sign * unreferenced) <> 0
            or sum(sign * sensitive) <> 0
        $sql$, case tg_op
                   when 'INSERT' then 'select 1 as sign, * from added'
                   when 'DELETE' then 'select -1 as sign, * from removed'
                   else 'select 1 as sign, * from added union all select -1, * from removed'
               end);
    return null;
end
$$;

create or replace function fold_action_total_deltas() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('fold_action_total_deltas')) then
        return -1;
    end if;
    with moved as (delete from action_daily_total_deltas returning *),
         summed as (
             select day, area, offence_category, action_type, warrant_result, sum(actions) as actions,
                    sum(positive_warrants) as positive_warrants, sum(negative_warrants) as negative_warrants,
                    sum(devices_seized) as devices_seized, sum(children_safeguarded) as children_safeguarded,
                    sum(persons_arrested) as persons_arrested, sum(persons_charged) as persons_charged,
                    sum(persons_charged_unreferenced) as persons_charged_unreferenced,
                    sum(sensitive_actions) as sensitive_actions, count(*) as deltas
               from moved group by 1, 2, 3, 4, 5),
         upserted as (
             insert into action_daily_totals as t
             select day, area, offence_category, action_type, warrant_result, actions, positive_warrants,
                    negative_warrants, devices_seized, children_safeguarded, persons_arrested, persons_charged,
                    persons_charged_unreferenced, sensitive_actions
               from summed
              order by day, area, offence_category, action_type, coalesce(warrant_result, '')
             on conflict (day, area, offence_category, action_type, coalesce(warrant_result, ''))
             do update set actions = t.actions + excluded.actions,
                           positive_warrants = t.positive_warrants + excluded.positive_warrants,
                           negative_warrants = t.negative_warrants + excluded.negative_warrants,
                           devices_seized = t.devices_seized + excluded.devices_seized,
                           children_safeguarded = t.children_safeguarded + excluded.children_safeguarded,
                           persons_arrested = t.persons_arrested + excluded.persons_arrested,
                           persons_charged = t.persons_charged + excluded.persons_charged,
                           persons_charged_unreferenced = t.persons_charged_unreferenced
                               + excluded.persons_charged_unreferenced,
                           sensitive_actions = t.sensitive_actions + excluded.sensitive_actions
             returning 1)
    select coalesce(sum(deltas), 0) into folded from summed;
    return folded;
end
$$;
