-- The change feed's trigger function (GET /api/v2/changes; the table and its triggers: V13, V17, V25). Defined
-- here only: a change to it is a change to this file, which Flyway runs again.
-- One statement's changed rows (transition tables: `added` for INSERT and UPDATE, `removed` for UPDATE and
-- DELETE); the first trigger argument names the kind of record. Columns are read through to_jsonb so one
-- function serves every table (a partner agency has no security marking; only a notice or a referral has an
-- agency). An update that sets disposed_at is the record's disposal; one of a notice, referral or device whose status
-- moved, its transition; one of a publication whose status moved, its publication or rejection.
-- It does not NOTIFY: a transaction that NOTIFYs holds a database-wide lock across its commit, so writers
-- queued on each other; each instance watches the feed's readable end instead (ChangeNotifications).
create or replace function change_event_record() returns trigger language plpgsql as $$
begin
    -- Creating actions is the hot path (every POST, a thousand rows a batch): their columns are named, with no
    -- JSON of the whole row (45 ms per 1,000 rows, issue 30). PL/pgSQL plans this statement only for the
    -- action table's trigger (it plans a statement when first run, per trigger), where those columns exist.
    if tg_op = 'INSERT' and tg_argv[0] = 'action' then
        insert into change_event (kind, change, record_id, version, security_marking)
        select 'action', 'created', a.id, a.version, a.security_marking from added a;
        return null;
    end if;
    -- Elsewhere each row is turned into JSON once (r for the row as it was, a as it is now).
    if tg_op = 'INSERT' then
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0], 'created', a.id, a.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from added a cross join lateral to_jsonb(a) j;
    elsif tg_op = 'UPDATE' then
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0],
               case when (j ->> 'disposed_at') is not null and (rj ->> 'disposed_at') is null then 'disposed'
                    when tg_argv[0] in ('notice', 'referral', 'device') and (j ->> 'status') is distinct from (rj ->> 'status')
                    then 'transitioned'
                    when tg_argv[0] = 'publication' and (j ->> 'status') is distinct from (rj ->> 'status')
                    then lower(j ->> 'status')
                    else 'updated' end,
               a.id, a.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from added a cross join lateral to_jsonb(a) j join removed r on r.id = a.id cross join lateral to_jsonb(r) rj;
    else
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0], 'deleted', r.id, r.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from removed r cross join lateral to_jsonb(r) j;
    end if;
    return null;
end
$$;
