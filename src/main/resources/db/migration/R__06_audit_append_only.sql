-- The s.62 log is append-only in the database itself (the triggers: V4): no role can UPDATE, DELETE or
-- TRUNCATE audit_event. Defined here only.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
