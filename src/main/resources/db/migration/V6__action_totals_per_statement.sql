-- Inserts now update action_daily_totals once per statement instead of once per row: the inserted rows
-- (a batch of up to 1000 actions) are summed per day and dimension first, then upserted in key order.
-- That is a few upserts per batch instead of one per action, and concurrent batches take the totals'
-- row locks in the same order, so they cannot deadlock on them. Updates and deletes keep the row
-- trigger of V5 (one row at a time through the API). The totals stay exactly in step with the actions.
create function enforcement_action_inserted_totals() returns trigger language plpgsql as $$
begin
    insert into action_daily_totals as t
    select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
           count(*),
           count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'),
           count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'),
           sum(devices_seized), sum(children_safeguarded), sum(persons_arrested), sum(persons_charged)
      from inserted
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, coalesce(warrant_result, '')
    on conflict (day, area, offence_category, action_type, coalesce(warrant_result, ''))
    do update set actions = t.actions + excluded.actions,
                  positive_warrants = t.positive_warrants + excluded.positive_warrants,
                  negative_warrants = t.negative_warrants + excluded.negative_warrants,
                  devices_seized = t.devices_seized + excluded.devices_seized,
                  children_safeguarded = t.children_safeguarded + excluded.children_safeguarded,
                  persons_arrested = t.persons_arrested + excluded.persons_arrested,
                  persons_charged = t.persons_charged + excluded.persons_charged;
    return null;
end
$$;

drop trigger enforcement_action_totals on enforcement_action;

create trigger enforcement_action_totals_on_insert
    after insert on enforcement_action
    referencing new table as inserted
    for each statement execute function enforcement_action_inserted_totals();

create trigger enforcement_action_totals_on_change
    after update or delete on enforcement_action
    for each row execute function enforcement_action_keeps_totals();
