-- Contract 2.5.0. The figures are defined once, in the figure catalogue (uk.police.enforcement.figure), and the
-- database's part of them (daily totals, their deltas and triggers, the fold) is the repeatable migration
-- R__03_action_figures.sql, written from the catalogue; this migration only reshapes the stored records.

-- People counted once per scope, for every figure of distinct people (people charged, and now people
-- arrested): charged_person (V11, V17) becomes counted_person, each row naming the figure it counts for. The
-- rows of records not disposed of are rebuilt by R__03 from the records' references; a disposed record's rows
-- are all that remains of its people (hashed), and are kept as they are.
alter table charged_person rename to counted_person;
alter table counted_person rename column person_reference to person_hash;
alter table counted_person add column figure varchar(40) not null default 'persons_charged';
alter table counted_person alter column figure drop default;
alter table counted_person add column offence_code varchar(10) not null default '';
alter table counted_person alter column offence_code drop default;
alter table counted_person alter column action_type type varchar(30);
alter table counted_person drop constraint charged_person_pkey;
alter table counted_person add constraint counted_person_pkey primary key (figure, action_id, person_hash);
drop index charged_person_day;
create index counted_person_day on counted_person (figure, day, person_hash);

-- New on an action (issue 26): its Home Office offence classification code (the category is derived from it),
-- voluntary attendance interviews, and a safeguarding step that follows an earlier action's children.
alter table enforcement_action alter column action_type type varchar(30);
alter table enforcement_action drop constraint ck__enforcement_action__action_type;
alter table enforcement_action add constraint ck__enforcement_action__action_type check (action_type in
    ('SEARCH_WARRANT', 'DEVICE_SEIZURE', 'ARREST', 'CHARGE', 'SAFEGUARDING', 'VOLUNTARY_ATTENDANCE'));
alter table enforcement_action
    add column offence_code         varchar(10),
    add column persons_interviewed  integer not null default 0,
    add column children_followed_up integer not null default 0,
    add column follows_action_id    uuid,
    add constraint ck__enforcement_action__offence_code check (offence_code is null or offence_code ~ '^[0-9]{1,3}[A-Z]?/[0-9]{1,3}[A-Z]?$'),
    add constraint ck__enforcement_action__persons_interviewed check (persons_interviewed between 0 and 1000),
    add constraint ck__enforcement_action__children_followed_up check (children_followed_up between 0 and 1000),
    add constraint fk__enforcement_action__follows_action_id foreign key (follows_action_id) references enforcement_action (id);
create index enforcement_action_follows_idx on enforcement_action (follows_action_id) where follows_action_id is not null;

-- Actions recorded before carry the Home Office code their category stands for (README "Offence codes"):
-- making and distributing indecent photographs of a child are both PCA 1978 s.1, code 86/2; possession
-- (CJA 1988 s.160) is 86/10. Other categories have no single code and keep none; every category stays as
-- recorded (nothing is reinterpreted). Not a change users made: the feed and the totals' triggers stay quiet
-- (R__03 rebuilds the totals with the code).
alter table enforcement_action disable trigger user;
update enforcement_action set offence_code = case offence_category when 'IIOC_MAKING' then '86/2'
                                                                   when 'IIOC_DISTRIBUTION' then '86/2'
                                                                   when 'IIOC_POSSESSION' then '86/10' end
 where offence_category in ('IIOC_MAKING', 'IIOC_DISTRIBUTION', 'IIOC_POSSESSION');
alter table enforcement_action enable trigger user;

-- Safeguarding: the police take part in a local authority's Children Act 1989 s.47 enquiry; they do not hold
-- one. The kind of the police's part is named so (S47_ENQUIRY_PARTICIPATION); actions recorded before keep
-- S47_ENQUIRY, which the contract documents as meaning the same.

-- Notices the police issue themselves (a Child Abduction Warning Notice) have no partner agency.
alter table partner_notice alter column partner_agency_id drop not null;
alter table partner_notice alter column legislation type varchar(30);
