-- A bulk export is logged as a disclosure together with how many records it disclosed.
alter table audit_event add column row_count bigint;
