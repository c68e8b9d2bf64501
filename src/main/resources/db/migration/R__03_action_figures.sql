-- The action figures in the database, written from the figure catalogue (uk.police.enforcement.figure):
-- every placeholder is filled in by FigureMigrations from FigureCatalogue/FigureSql, and Flyway runs this file
-- again whenever what is filled in changes. So a rule is never restated here, and a changed or added
-- figure rebuilds its totals from the records themselves.
--
-- action_daily_totals: per London day and dimension, one column per quantity the catalogue sums over actions
-- (the ActionSum figures, the people of each DistinctPeople figure counted without a reference, the sensitive
-- records). Writers never update it: each statement appends its change to action_daily_total_deltas (plain
-- inserts, no conflicts), and the folder (TotalsFolder) moves deltas into the totals one transaction at a
-- time. Summaries read totals and deltas together, so at every moment they equal a count over the actions.
-- action_monthly_totals holds the same per calendar month (month = its first day), folded in the same
-- transaction, so that a period of whole months reads twelve rows a year per dimension instead of 365.
-- All three tables are derived data: dropped and rebuilt here.
drop table if exists action_daily_total_deltas;
drop table if exists action_daily_totals;
drop table if exists action_monthly_totals;
create table action_daily_totals (
    day              date        not null,
    area             varchar(30) not null,
    offence_category varchar(40) not null,
    -- '' when the action has no offence code (recorded before 2.5.0 under a category without one).
    offence_code     varchar(10) not null,
    action_type      varchar(30) not null,
    ${action_quantity_columns}
);
create unique index action_daily_totals_key on action_daily_totals (day, area, offence_category, offence_code, action_type);
create table action_daily_total_deltas (like action_daily_totals including defaults);
-- Summaries filter deltas by day like the totals; the table stays small (folded every second or so).
create index action_daily_total_deltas_day on action_daily_total_deltas (day);

create table action_monthly_totals (like action_daily_totals including defaults);
alter table action_monthly_totals rename column day to month;
create unique index action_monthly_totals_key on action_monthly_totals (month, area, offence_category, offence_code, action_type);

insert into action_daily_totals (day, area, offence_category, offence_code, action_type, ${action_quantities})
select ${action_day}, area, offence_category, coalesce(offence_code, ''), action_type, ${action_quantity_sums}
  from enforcement_action
 group by 1, 2, 3, 4, 5;
insert into action_monthly_totals (month, area, offence_category, offence_code, action_type, ${action_quantities})
select date_trunc('month', day)::date, area, offence_category, offence_code, action_type, ${action_quantity_folded_sums}
  from action_daily_totals
 group by 1, 2, 3, 4, 5;

-- People counted once: one row per person (salted hash) per action per figure of distinct people, named by
-- the action type whose person_references give them (figure, action type): ${people_figures}.
create or replace function people_counted_by(a enforcement_action)
    returns table (figure varchar, action_id uuid, day date, area varchar, offence_category varchar,
                   offence_code varchar, action_type varchar, person_hash text)
    language sql stable as $$
    select f.figure, id, ${action_day}, area, offence_category, coalesce(offence_code, ''), action_type,
           person_pseudonym(reference)
      from (select (a).*) action, (values ${people_figures}) f (figure, referenced_on),
           unnest(person_references) reference
     where f.referenced_on = action.action_type
$$;
-- Rebuilt for the records not disposed of; a disposed record keeps its rows (its references are erased).
delete from counted_person where action_id in (select id from enforcement_action where disposed_at is null);
insert into counted_person (figure, action_id, day, area, offence_category, offence_code, action_type, person_hash)
select p.* from enforcement_action a, people_counted_by(a) p where a.disposed_at is null
on conflict do nothing;
-- A disposed record without rows for a figure (disposed before the figure existed): each erased reference
-- counts as a person of its own, which is what the references said unless one person appeared twice.
insert into counted_person (figure, action_id, day, area, offence_category, offence_code, action_type, person_hash)
select f.figure, a.id, ${action_day}, a.area, a.offence_category, coalesce(a.offence_code, ''), a.action_type,
       person_pseudonym(a.id::text || '/' || ordinal)
  from enforcement_action a
  join (values ${people_figures}) f (figure, action_type) on f.action_type = a.action_type,
       unnest(a.person_references) with ordinality as erased (reference, ordinal)
 where a.disposed_at is not null
   and not exists (select 1 from counted_person c where c.figure = f.figure and c.action_id = a.id)
on conflict do nothing;

-- Inserted actions: static SQL, which PL/pgSQL plans once per session (an insert is the hot path).
create or replace function enforcement_action_inserted_deltas() returns trigger language plpgsql as $$
begin
    insert into counted_person (figure, action_id, day, area, offence_category, offence_code, action_type, person_hash)
    select p.* from added a, people_counted_by(a) p where a.disposed_at is null;
    insert into action_daily_total_deltas (day, area, offence_category, offence_code, action_type, ${action_quantities})
    select ${action_day}, area, offence_category, coalesce(offence_code, ''), action_type, ${action_quantity_sums}
      from added
     group by 1, 2, 3, 4, 5;
    return null;
end
$$;

create or replace function enforcement_action_deleted_deltas() returns trigger language plpgsql as $$
begin
    delete from counted_person where action_id in (select id from removed);
    insert into action_daily_total_deltas (day, area, offence_category, offence_code, action_type, ${action_quantities})
    select ${action_day}, area, offence_category, coalesce(offence_code, ''), action_type, ${action_quantity_negated_sums}
      from removed
     group by 1, 2, 3, 4, 5;
    return null;
end
$$;

-- An update counts -1 for the row as it was and +1 as it is. The people follow the record, except through
-- its disposal: an erased record keeps its rows, so the figures stay.
create or replace function enforcement_action_updated_deltas() returns trigger language plpgsql as $$
begin
    delete from counted_person where action_id in (select id from added where disposed_at is null);
    insert into counted_person (figure, action_id, day, area, offence_category, offence_code, action_type, person_hash)
    select p.* from added a, people_counted_by(a) p where a.disposed_at is null;
    insert into action_daily_total_deltas (day, area, offence_category, offence_code, action_type, ${action_quantities})
    select ${action_day}, area, offence_category, coalesce(offence_code, ''), action_type, ${action_quantity_signed_sums}
      from (select 1 as sign, * from added union all select -1, * from removed) change
     group by 1, 2, 3, 4, 5
    -- An update that moves no figure (a corrected note, a disposal) leaves no delta.
    having ${action_quantity_moved};
    return null;
end
$$;

-- The same trigger names keep their place in the order triggers fire in (by name).
drop trigger if exists enforcement_action_deltas_on_insert on enforcement_action;
drop trigger if exists enforcement_action_deltas_on_update on enforcement_action;
drop trigger if exists enforcement_action_deltas_on_delete on enforcement_action;
create trigger enforcement_action_deltas_on_insert after insert on enforcement_action
    referencing new table as added for each statement execute function enforcement_action_inserted_deltas();
create trigger enforcement_action_deltas_on_update after update on enforcement_action
    referencing old table as removed new table as added
    for each statement execute function enforcement_action_updated_deltas();
create trigger enforcement_action_deltas_on_delete after delete on enforcement_action
    referencing old table as removed for each statement execute function enforcement_action_deleted_deltas();
drop function if exists enforcement_action_appends_deltas();

-- Folds every delta this transaction can see into the totals (a delta of a transaction still in flight is
-- not visible, so it stays for the next fold). Returns how many delta rows it folded. Instances fold one at
-- a time (the advisory lock); a second caller returns -1 at once instead of waiting. Keys are upserted in
-- one order, so two folds could never deadlock even without the lock.
create or replace function fold_action_total_deltas() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('fold_action_total_deltas')) then
        return -1;
    end if;
    with moved as (delete from action_daily_total_deltas returning *),
         summed as (
             select day, area, offence_category, offence_code, action_type, ${action_quantity_folded},
                    count(*) as deltas
               from moved group by 1, 2, 3, 4, 5),
         upserted as (
             insert into action_daily_totals as t (day, area, offence_category, offence_code, action_type,
                                                   ${action_quantities})
             select day, area, offence_category, offence_code, action_type, ${action_quantities}
               from summed
              order by day, area, offence_category, offence_code, action_type
             on conflict (day, area, offence_category, offence_code, action_type)
             do update set ${action_quantity_added}
             returning 1),
         by_month as (
             select date_trunc('month', day)::date as month, area, offence_category, offence_code, action_type,
                    ${action_quantity_folded}
               from summed group by 1, 2, 3, 4, 5),
         upserted_months as (
             insert into action_monthly_totals as t (month, area, offence_category, offence_code, action_type,
                                                     ${action_quantities})
             select month, area, offence_category, offence_code, action_type, ${action_quantities}
               from by_month
              order by month, area, offence_category, offence_code, action_type
             on conflict (month, area, offence_category, offence_code, action_type)
             do update set ${action_quantity_added}
             returning 1)
    -- Data-modifying CTEs run to completion whether or not the outer query reads them.
    select coalesce(sum(deltas), 0) into folded from summed;
    return folded;
end
$$;
