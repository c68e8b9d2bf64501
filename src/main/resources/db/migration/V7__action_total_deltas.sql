-- Writers no longer queue on, or deadlock over, the daily totals. Each statement that inserts, updates
-- or deletes actions appends its change, summed per day and dimension, to action_daily_total_deltas:
-- plain inserts, no conflicts, no row that another writer holds. A background step (TotalsFolder) moves
-- the deltas into action_daily_totals in one transaction at a time; summaries read totals and
-- deltas together, so at every moment (every snapshot) they equal a count over the actions.
-- (V6 upserted the totals per statement in key order; a batch spans several statements, so concurrent
-- batches could still lock totals rows in opposite orders and deadlock, and writers for the same day
-- waited for each other's commits.)
-- The same columns as the totals, without their unique key: deltas are only ever appended.
create table action_daily_total_deltas (like action_daily_totals including defaults);
-- Summaries filter deltas by day like the totals; the table stays small (folded every second or so).
create index action_daily_total_deltas_day on action_daily_total_deltas (day);

drop trigger enforcement_action_totals_on_insert on enforcement_action;
drop trigger enforcement_action_totals_on_change on enforcement_action;
drop function enforcement_action_inserted_totals();
drop function enforcement_action_keeps_totals();
drop function action_daily_totals_add(enforcement_action, integer);

-- One statement's changed actions, +1 for each row added and -1 for each removed (an update is both),
-- summed per London day and dimension. Three statement-level triggers because a transition table
-- exists only for the events that have it (INSERT: new rows, DELETE: old rows, UPDATE: both).
create function enforcement_action_appends_deltas() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged)
          from (select 1 as sign, * from added) change
         group by 1, 2, 3, 4, 5;
    elsif tg_op = 'DELETE' then
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged)
          from (select -1 as sign, * from removed) change
         group by 1, 2, 3, 4, 5;
    else
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged)
          from (select 1 as sign, * from added union all select -1, * from removed) change
         group by 1, 2, 3, 4, 5
        -- An update that moves no figure (a corrected note) leaves no delta.
        having sum(sign) <> 0 or sum(sign * devices_seized) <> 0 or sum(sign * children_safeguarded) <> 0
            or sum(sign * persons_arrested) <> 0 or sum(sign * persons_charged) <> 0;
    end if;
    return null;
end
$$;

create trigger enforcement_action_deltas_on_insert
    after insert on enforcement_action
    referencing new table as added
    for each statement execute function enforcement_action_appends_deltas();

create trigger enforcement_action_deltas_on_update
    after update on enforcement_action
    referencing old table as removed new table as added
    for each statement execute function enforcement_action_appends_deltas();

create trigger enforcement_action_deltas_on_delete
    after delete on enforcement_action
    referencing old table as removed
    for each statement execute function enforcement_action_appends_deltas();

-- Folds every delta this transaction can see into the totals (a delta of a transaction still in flight
-- is not visible, so it stays for the next fold). Returns how many delta rows it folded. Instances
-- fold one at a time (the advisory lock); a second caller returns -1 at once instead of waiting.
create function fold_action_total_deltas() returns bigint language plpgsql as $$
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
                    count(*) as deltas
               from moved group by 1, 2, 3, 4, 5),
         upserted as (
             insert into action_daily_totals as t
             select day, area, offence_category, action_type, warrant_result, actions, positive_warrants,
                    negative_warrants, devices_seized, children_safeguarded, persons_arrested, persons_charged
               from summed
              order by day, area, offence_category, action_type, coalesce(warrant_result, '')
             on conflict (day, area, offence_category, action_type, coalesce(warrant_result, ''))
             do update set actions = t.actions + excluded.actions,
                           positive_warrants = t.positive_warrants + excluded.positive_warrants,
                           negative_warrants = t.negative_warrants + excluded.negative_warrants,
                           devices_seized = t.devices_seized + excluded.devices_seized,
                           children_safeguarded = t.children_safeguarded + excluded.children_safeguarded,
                           persons_arrested = t.persons_arrested + excluded.persons_arrested,
                           persons_charged = t.persons_charged + excluded.persons_charged
             returning 1)
    -- Data-modifying CTEs run to completion whether or not the outer query reads them.
    select coalesce(sum(deltas), 0) into folded from summed;
    return folded;
end
$$;
