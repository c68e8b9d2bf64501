-- Daily totals of enforcement actions, per Europe/London day and each dimension that period summaries
-- filter or group by (area, offence category, action type, warrant result), kept exactly in step with
-- enforcement_action by a trigger in the same transaction as each change. A summary over a year reads
-- tens of thousands of these rows instead of every action. (Operation summaries read the actions of
-- the operation through their own index: an operation is small, and keying these totals by operation
-- would make them nearly as many as the actions.)
create table action_daily_totals (
    day                  date         not null,
    area                 varchar(30)  not null,
    offence_category     varchar(40)  not null,
    action_type          varchar(20)  not null,
    warrant_result       varchar(20),
    actions              bigint       not null,
    positive_warrants    bigint       not null,
    negative_warrants    bigint       not null,
    devices_seized       bigint       not null,
    children_safeguarded bigint       not null,
    persons_arrested     bigint       not null,
    persons_charged      bigint       not null
);
create unique index action_daily_totals_key on action_daily_totals (day, area, offence_category, action_type,
    coalesce(warrant_result, ''));

create function action_daily_totals_add(r enforcement_action, sign integer) returns void language sql as $$
    insert into action_daily_totals as t values (
        (r.occurred_at at time zone 'Europe/London')::date, r.area, r.offence_category,
        r.action_type, r.warrant_result, sign,
        sign * (r.action_type = 'SEARCH_WARRANT' and r.warrant_result = 'POSITIVE')::integer,
        sign * (r.action_type = 'SEARCH_WARRANT' and r.warrant_result = 'NEGATIVE')::integer,
        sign * r.devices_seized, sign * r.children_safeguarded, sign * r.persons_arrested, sign * r.persons_charged)
    on conflict (day, area, offence_category, action_type, coalesce(warrant_result, ''))
    do update set actions = t.actions + excluded.actions,
                  positive_warrants = t.positive_warrants + excluded.positive_warrants,
                  negative_warrants = t.negative_warrants + excluded.negative_warrants,
                  devices_seized = t.devices_seized + excluded.devices_seized,
                  children_safeguarded = t.children_safeguarded + excluded.children_safeguarded,
                  persons_arrested = t.persons_arrested + excluded.persons_arrested,
                  persons_charged = t.persons_charged + excluded.persons_charged;
$$;

create function enforcement_action_keeps_totals() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform action_daily_totals_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform action_daily_totals_add(new, 1);
    end if;
    return null;
end
$$;

create trigger enforcement_action_totals
    after insert or update or delete on enforcement_action
    for each row execute function enforcement_action_keeps_totals();

-- Totals of the actions recorded before this migration.
insert into action_daily_totals
select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type,
       warrant_result, count(*),
       count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'),
       count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'),
       sum(devices_seized), sum(children_safeguarded), sum(persons_arrested), sum(persons_charged)
  from enforcement_action group by 1, 2, 3, 4, 5;
