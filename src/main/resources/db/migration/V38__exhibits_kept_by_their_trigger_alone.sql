-- action_exhibit is written only by the action's own statement triggers (R__05), from the rows that statement
-- inserted or updated, so each of its rows names an action that exists. Its foreign key checked that again, row by
-- row (a lookup and a lock of the action per exhibit: 1,000 of them in a batch of 1,000 seizures, issue 30), and
-- removed the exhibits of a deleted action; a statement trigger on delete now does that, in the same statement.
-- ReferenceLookupsTest checks that no exhibit row outlives its action.
alter table action_exhibit drop constraint action_exhibit_action_id_fkey;
create trigger enforcement_action_exhibits_on_delete after delete on enforcement_action
    referencing old table as removed for each statement execute function enforcement_action_keeps_exhibits();
