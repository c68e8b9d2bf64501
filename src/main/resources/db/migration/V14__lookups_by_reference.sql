-- Other systems find records by the references they hold (GET ...?rms_reference=, subject_reference=,
-- exhibit_reference=, agency_code=): exact matches, each served by an index.
create index enforcement_action_rms_reference_idx on enforcement_action (rms_reference, occurred_at, id);
create index enforcement_action_subject_reference_idx on enforcement_action (subject_reference, occurred_at, id)
    where subject_reference is not null;
create index partner_notice_subject_reference_idx on partner_notice (subject_reference, created_at, id);

-- Exhibit references live in an array, whose containment PostgreSQL cannot estimate (it assumes 0.5% of
-- rows match, and then walks the whole (occurred_at, id) index for one exhibit). One row per exhibit, kept
-- by triggers in the action's own statement, gives the planner a plain column it estimates exactly.
create table action_exhibit (
    exhibit_reference varchar(40) not null,
    action_id         uuid        not null references enforcement_action (id) on delete cascade,
    primary key (exhibit_reference, action_id)
);
create index action_exhibit_action_idx on action_exhibit (action_id);
insert into action_exhibit
select distinct exhibit, id from enforcement_action, unnest(exhibit_references) exhibit;

create function enforcement_action_keeps_exhibits() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into action_exhibit
        select distinct exhibit, a.id from added a, unnest(a.exhibit_references) exhibit;
        return null;
    end if;
    -- An update rewrites the exhibits only of the actions whose exhibit list changed.
    delete from action_exhibit e using removed r join added a on a.id = r.id
     where e.action_id = r.id and a.exhibit_references is distinct from r.exhibit_references;
    insert into action_exhibit
    select distinct exhibit, a.id from added a join removed r on r.id = a.id, unnest(a.exhibit_references) exhibit
     where a.exhibit_references is distinct from r.exhibit_references;
    return null;
end
$$;
create trigger enforcement_action_exhibits_on_insert after insert on enforcement_action
    referencing new table as added for each statement execute function enforcement_action_keeps_exhibits();
create trigger enforcement_action_exhibits_on_update after update on enforcement_action
    referencing old table as removed new table as added for each statement execute function enforcement_action_keeps_exhibits();
