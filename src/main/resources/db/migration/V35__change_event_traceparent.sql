-- The W3C trace context of the request whose transaction made a change (issue 31): the service sets
-- enforcement.traceparent for a traced write's transaction (AuditLog.carryTraceIntoFeed), every change_event
-- row the feed's triggers insert in it takes it by default, and the change's webhook deliveries continue that
-- trace. A stable default: existing rows get none, without rewriting the table. Never exposed by the feed API.
alter table change_event add column traceparent varchar(55)
    default nullif(current_setting('enforcement.traceparent', true), '');
