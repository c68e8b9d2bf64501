-- Notices stored CMA_1990_S3ZA and CMA_1990_S3A by the generated constants' names (CMA_1990_S3_ZA,
-- CMA_1990_S3_A); the API answered them right, SQL read them wrong. The constants are now named as the contract
-- spells them (pom.xml enumNameMappings) and the column holds the contract's values. The API's answers do not
-- change, so the change feed gets no entry (triggers off, as in V17).
alter table partner_notice disable trigger user;
update partner_notice set legislation = 'CMA_1990_S3ZA' where legislation = 'CMA_1990_S3_ZA';
update partner_notice set legislation = 'CMA_1990_S3A' where legislation = 'CMA_1990_S3_A';
alter table partner_notice enable trigger user;
