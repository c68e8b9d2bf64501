-- A device was seized when its seizure action occurred (V32): a statement that moves actions' occurred_at moves
-- their devices' seized_at with them, in the same transaction, so that the examination backlog stays exact.
create or replace function enforcement_action_updated_device_seizure() returns trigger language plpgsql as $$
begin
    -- Only actions whose occurred_at moved look for devices: most updates (a correction, a disposal, a review)
    -- leave it, and pay one comparison per row.
    update device d set seized_at = a.occurred_at
      from added a join removed r on r.id = a.id
     where a.occurred_at <> r.occurred_at and d.action_id = a.id;
    return null;
end
$$;

drop trigger if exists enforcement_action_device_seizure_on_update on enforcement_action;
create trigger enforcement_action_device_seizure_on_update after update on enforcement_action
    referencing old table as removed new table as added
    for each statement execute function enforcement_action_updated_device_seizure();
