-- Exhibit references, one row each in action_exhibit (V14), kept by the action's own statement: the trigger
-- function, defined here only, and the only writer of action_exhibit (V38 relies on it: no foreign key).
create or replace function enforcement_action_keeps_exhibits() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into action_exhibit
        select distinct exhibit, a.id from added a, unnest(a.exhibit_references) exhibit;
        return null;
    end if;
    -- A deleted action's exhibits go with it (there is no foreign key to cascade: V38).
    if tg_op = 'DELETE' then
        delete from action_exhibit e using removed r where e.action_id = r.id;
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
