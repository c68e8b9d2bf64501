-- Which side recorded each step of a notice: a partner agency's code for its own users' steps, null for the
-- force's officers. Partners see this instead of the officer's subject and user name (data minimisation).
alter table partner_notice_transition add column actor_agency varchar(20);

-- Steps recorded before this column existed: a partner user is scoped to one agency, which its audit entries
-- name (audit_event.agency is set only for partner users).
update partner_notice_transition t
   set actor_agency = partner.agency
  from (select distinct on (actor) actor, agency
          from audit_event
         where agency is not null
         order by actor, id desc) partner
 where t.actor = partner.actor;
