-- Contract 2.0: a person charged on several actions in a period is one person charged in that period.
-- Arrest and charge actions may carry the pseudonymous references of the people concerned. The figures
-- count, per scope, every distinct referenced person charged plus the people charged without a reference:
-- the daily totals keep the unreferenced count (a sum, so it folds like the others) and charged_person
-- keeps one row per referenced person per charge action, from which a summary counts distinct people.
alter table enforcement_action add column person_references varchar(40)[];

alter table action_daily_totals add column persons_charged_unreferenced bigint not null default 0;
alter table action_daily_total_deltas add column persons_charged_unreferenced bigint not null default 0;
update action_daily_totals set persons_charged_unreferenced = persons_charged;
-- Deltas not yet folded carry their whole charged count as unreferenced too (no action had references).
update action_daily_total_deltas set persons_charged_unreferenced = persons_charged;

create table charged_person (
    action_id        uuid        not null references enforcement_action (id) on delete cascade,
    day              date        not null,
    area             varchar(30) not null,
    offence_category varchar(40) not null,
    action_type      varchar(20) not null,
    person_reference varchar(40) not null,
    primary key (action_id, person_reference)
);
create index charged_person_day on charged_person (day, person_reference);

-- The deltas now also sum the unreferenced charged people, and charged_person follows every statement.
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
    if tg_op = 'INSERT' then
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged), sum(sign * unreferenced)
          from (select 1 as sign, *, persons_charged - coalesce(cardinality(person_references), 0) as unreferenced
                  from added) change
         group by 1, 2, 3, 4, 5;
    elsif tg_op = 'DELETE' then
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged), sum(sign * unreferenced)
          from (select -1 as sign, *, persons_charged - coalesce(cardinality(person_references), 0) as unreferenced
                  from removed) change
         group by 1, 2, 3, 4, 5;
    else
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged), sum(sign * unreferenced)
          from (select 1 as sign, *, persons_charged - coalesce(cardinality(person_references), 0) as unreferenced
                  from added
                union all
                select -1, *, persons_charged - coalesce(cardinality(person_references), 0) from removed) change
         group by 1, 2, 3, 4, 5
        -- An update that moves no figure (a corrected note) leaves no delta.
        having sum(sign) <> 0 or sum(sign * devices_seized) <> 0 or sum(sign * children_safeguarded) <> 0
            or sum(sign * persons_arrested) <> 0 or sum(sign * persons_charged) <> 0 or sum(sign * unreferenced) <> 0;
    end if;
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
                    sum(persons_charged_unreferenced) as persons_charged_unreferenced, count(*) as deltas
               from moved group by 1, 2, 3, 4, 5),
         upserted as (
             insert into action_daily_totals as t
             select day, area, offence_category, action_type, warrant_result, actions, positive_warrants,
                    negative_warrants, devices_seized, children_safeguarded, persons_arrested, persons_charged,
                    persons_charged_unreferenced
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
                               + excluded.persons_charged_unreferenced
             returning 1)
    select coalesce(sum(deltas), 0) into folded from summed;
    return folded;
end
$$;
