-- DPA 2018 s.62(1)(d): combination is a kind of processing of its own; summaries, time series,
-- breakdowns and an operation's figures are logged as COMBINATION (contract 2.0).
alter table audit_event drop constraint ck__audit_event__action;
alter table audit_event add constraint ck__audit_event__action
    check (action in ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE'));
