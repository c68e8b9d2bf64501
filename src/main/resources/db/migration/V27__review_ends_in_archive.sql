-- Contract 2.5.0: a review may end in ARCHIVE, the record's transfer for permanent preservation. An archived
-- record is kept as it is, answers its archived_at, and is no longer due for review or open to another decision.
do $$
declare
    t text;
begin
    foreach t in array array['operation', 'enforcement_action', 'partner_notice'] loop
        execute format('alter table %I add column archived_at timestamptz', t);
    end loop;
end
$$;
alter table review_decision drop constraint ck__review_decision__decision;
alter table review_decision add constraint ck__review_decision__decision
    check (decision in ('RETAIN', 'DISPOSE', 'ARCHIVE'));
