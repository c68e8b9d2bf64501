-- Contract 2.0: the law named right.
-- Warrants: the Protection of Children Act 1978 is PCA (POCA is the Proceeds of Crime Act 2002); the
-- Misuse of Drugs Act warrant, which the unit never uses, is recorded as OTHER.
update enforcement_action set legal_basis = 'PCA_1978_S4' where legal_basis = 'POCA_1978_S4';
update enforcement_action set legal_basis = 'OTHER' where legal_basis = 'MDA_1971_S23';

-- A seizure records the power it was made under, and a seize-and-sift (CJPA 2001 s.50) whether the
-- s.52 notice was given. Actions recorded before 2.0 have neither (null).
alter table enforcement_action add column seizure_power varchar(20);
alter table enforcement_action add column s52_notice_given boolean;
alter table enforcement_action add constraint ck__enforcement_action__seizure_power check (seizure_power is null
    or seizure_power in ('PACE_1984_S19', 'PACE_1984_S18', 'PACE_1984_S32', 'WARRANT', 'CJPA_2001_S50', 'OTHER'));
alter table enforcement_action add constraint ck__enforcement_action__s52_notice_given check (s52_notice_given is null
    or seizure_power = 'CJPA_2001_S50');

-- Voluntary notices warn about Computer Misuse Act offences; indecent-image offences are not offered.
update partner_notice set legislation = 'OTHER' where legislation in ('POCA_1978_S1', 'CJA_1988_S160');

-- Notice types are a configured code list (enforcement.notice-types), longer codes allowed.
alter table partner_notice alter column notice_type type varchar(40);

-- A voluntary notice is delivered, not served.
alter table partner_notice drop constraint ck__partner_notice__status;
update partner_notice set status = 'DELIVERED' where status = 'SERVED';
alter table partner_notice add constraint ck__partner_notice__status check (status in ('DRAFT', 'ISSUED', 'DELIVERED',
    'ACKNOWLEDGED', 'DECLINED', 'CLOSED', 'ESCALATED', 'WITHDRAWN'));
update partner_notice_transition set from_status = 'DELIVERED' where from_status = 'SERVED';
update partner_notice_transition set to_status = 'DELIVERED' where to_status = 'SERVED';
