-- Contract 2.5.0. The review groups (Police information and records management Code of Practice, 2023, and the
-- APP on information management) are for records about individuals. An operation is a corporate record: it
-- follows the force's retention schedule (group CORPORATE). A notice's group follows its legislation: a Cease
-- and Desist notice is Computer Misuse Act work, not an indecent-images matter.
do $$
declare
    t text;
begin
    foreach t in array array['operation', 'enforcement_action', 'partner_notice'] loop
        execute format('alter table %I drop constraint %I', t, 'ck__' || t || '__retention_group');
        execute format('alter table %I add constraint %I check (retention_group in '
                       '(''GROUP_1'', ''GROUP_2'', ''GROUP_3'', ''CORPORATE''))', t, 'ck__' || t || '__retention_group');
    end loop;
end
$$;

-- Records kept until now move to the group the default policy gives them (enforcement.retention.operation-group
-- and notice-groups); their next review day stays as it was, and that review moves it.
update operation set retention_group = 'CORPORATE' where retention_group = 'GROUP_1' and disposed_at is null;
update partner_notice set retention_group = 'GROUP_3'
 where retention_group = 'GROUP_1' and disposed_at is null and notice_type <> 'CHILD_ABDUCTION_WARNING_NOTICE';
