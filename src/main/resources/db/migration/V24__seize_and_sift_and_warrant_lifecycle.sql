-- Contract 2.5.0. CJPA 2001 s.50 (premises) and s.51 (a person) are additional "seize and sift" powers used
-- with the power of seizure that applied; both oblige the written notice of s.52, recorded by its reference
-- and how it was given (handed over, or left on the premises under s.52(3)).
alter table enforcement_action add column seize_and_sift varchar(13);
alter table enforcement_action add column s52_notice_reference varchar(40);
alter table enforcement_action add column s52_notice_delivery varchar(16);
alter table enforcement_action add constraint ck__enforcement_action__seize_and_sift check (seize_and_sift is null
    or seize_and_sift in ('CJPA_2001_S50', 'CJPA_2001_S51'));
alter table enforcement_action add constraint ck__enforcement_action__s52_notice_delivery check (s52_notice_delivery is null
    or s52_notice_delivery = 'GIVEN_TO_PERSON'
    or (s52_notice_delivery = 'LEFT_ON_PREMISES' and seize_and_sift = 'CJPA_2001_S50'));

-- Actions recorded before: seizure_power CJPA_2001_S50 said that s.50 was relied on, which stays true; the
-- power of seizure under it was never recorded, so seizure_power keeps CJPA_2001_S50 (deprecated) as the
-- mark of that, and s52_notice_given keeps what it said. Nothing is inferred.
update enforcement_action set seize_and_sift = 'CJPA_2001_S50' where seizure_power = 'CJPA_2001_S50';

-- PACE 1984 ss.15-16: a warrant's issue, the court, its expiry (entry within three months of issue, s.16(3))
-- and its return to the court (s.16(10)). The expiry is derived, never entered: plus three calendar months,
-- the end of a shorter month when the day does not exist (as java.time's plusMonths).
alter table enforcement_action add column warrant_issued_on date;
alter table enforcement_action add column issuing_court varchar(200);
alter table enforcement_action add column warrant_returned_on date;
alter table enforcement_action add column warrant_expires_on date
    generated always as ((warrant_issued_on + interval '3 months')::date) stored;
alter table enforcement_action add constraint ck__enforcement_action__legal_basis check (legal_basis is null
    or legal_basis in ('PCA_1978_S4', 'CMA_1990_S14', 'PACE_1984_S8', 'OPA_1959_S3', 'SOA_2003_S96B', 'OTHER'));

-- Warrants awaiting return after expiry (overdue_return=true): few, looked up by expiry.
create index enforcement_action_warrant_return_due on enforcement_action (warrant_expires_on)
    where action_type = 'SEARCH_WARRANT' and warrant_returned_on is null and disposed_at is null;
