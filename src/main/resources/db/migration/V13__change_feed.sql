-- The change feed (GET /api/v2/changes): one row per changed record, written by statement-level triggers in
-- the transaction of the change, so a rolled-back change leaves none and a committed change always has one,
-- whichever code path made it.
--
-- Order and completeness: entries are read in (tx_id, seq) order, and only those whose transaction id is
-- below the oldest transaction still running (pg_snapshot_xmin(pg_current_snapshot())). Every transaction
-- below that horizon has ended, so no entry can later appear behind a position a reader has passed (ordering
-- by a sequence alone would let a transaction that started earlier commit an entry behind the reader).
create table change_event (
    tx_id            xid8         not null default pg_current_xact_id(),
    seq              bigint       generated always as identity,
    id               uuid         not null default gen_random_uuid(),
    kind             varchar(10)  not null,
    change           varchar(15)  not null,
    record_id        uuid         not null,
    version          bigint       not null,
    security_marking varchar(20),
    -- A notice's agency, so that a partner reads only its own agency's entries.
    agency_id        uuid,
    occurred_at      timestamptz  not null default statement_timestamp(),
    primary key (tx_id, seq),
    constraint ck__change_event__kind check (kind in ('operation', 'action', 'agency', 'notice')),
    constraint ck__change_event__change check (change in ('created', 'updated', 'deleted', 'transitioned'))
);
create index change_event_agency_idx on change_event (agency_id, tx_id, seq) where agency_id is not null;

-- One statement's changed rows (transition tables: `added` for INSERT and UPDATE, `removed` for UPDATE and
-- DELETE); the first trigger argument names the kind of record. Columns are read through to_jsonb so one
-- function serves every table (a partner agency has no security marking; only a notice has an agency).
-- An update of a notice whose status moved is its transition.
create function change_event_record() returns trigger language plpgsql as $$
begin
    -- Each row is turned into JSON once (r for the row as it was, a as it is now).
    if tg_op = 'INSERT' then
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0], 'created', a.id, a.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from added a cross join lateral to_jsonb(a) j;
    elsif tg_op = 'UPDATE' then
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0],
               case when tg_argv[0] = 'notice' and (j ->> 'status') is distinct from (to_jsonb(r) ->> 'status')
                    then 'transitioned' else 'updated' end,
               a.id, a.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from added a cross join lateral to_jsonb(a) j join removed r on r.id = a.id;
    else
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0], 'deleted', r.id, r.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from removed r cross join lateral to_jsonb(r) j;
    end if;
    -- Wakes long-polling readers on every instance, once per transaction, when it commits.
    perform pg_notify('change_event', '');
    return null;
end
$$;

-- The same three triggers on each table whose records the feed describes.
do $$
declare
    feed record;
begin
    for feed in select * from (values ('operation', 'operation'), ('enforcement_action', 'action'),
                                      ('partner_agency', 'agency'), ('partner_notice', 'notice')) as t (tbl, kind) loop
        execute format('create trigger %I after insert on %I referencing new table as added '
                       'for each statement execute function change_event_record(%L)',
                       feed.tbl || '_changes_on_insert', feed.tbl, feed.kind);
        execute format('create trigger %I after update on %I referencing old table as removed new table as added '
                       'for each statement execute function change_event_record(%L)',
                       feed.tbl || '_changes_on_update', feed.tbl, feed.kind);
        execute format('create trigger %I after delete on %I referencing old table as removed '
                       'for each statement execute function change_event_record(%L)',
                       feed.tbl || '_changes_on_delete', feed.tbl, feed.kind);
    end loop;
end
$$;
