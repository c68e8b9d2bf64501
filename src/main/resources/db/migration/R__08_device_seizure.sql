-- A device was seized when its seizure action occurred (V32): a statement that moves actions' occurred_at moves
-- their devices' seized_at with them, in the same transaction, so that the examination backlog stays exact.
create or replace function enforcement_action_updated_device_seizure() returns trigger language plpgsql as $$
begin
    update device d set seized_at = a.occurred_at
      from added a
     where d.action_id = a.id and d.seized_at <> a.occurred_at;
    return null;
end
$$;

drop trigger if exists enforcement_action_device_seizure_on_update on enforcement_action;
create trigger enforcement_action_device_seizure_on_update after update on enforcement_action
    referencing old table as removed new table as added
    for each statement execute function enforcement_action_updated_device_seizure();
