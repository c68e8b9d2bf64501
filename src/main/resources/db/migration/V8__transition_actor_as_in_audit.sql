-- Contract 2.0: `actor` means the token subject everywhere (as in the audit log), and `actor_name` the
-- token's user name. Transitions recorded before this stored the user name as their actor.
alter table partner_notice_transition add column actor_name varchar(200);
update partner_notice_transition set actor_name = actor;
