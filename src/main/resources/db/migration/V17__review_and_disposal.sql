-- MoPI review, retention and disposal (APP Information management). Every operation, action and notice has
-- a retention group and the date its continued retention must next be reviewed; a review records RETAIN
-- (with a reason and the next date) or proposes DISPOSE, which a second supervisor approves. A disposed
-- record keeps its row, so every published figure stays exactly what it was, but its references and free
-- text are erased and it answers 410.
do $$
declare
    t text;
begin
    foreach t in array array['operation', 'enforcement_action', 'partner_notice'] loop
        execute format('alter table %I add column retention_group varchar(10), add column review_due_on date, '
                       'add column disposed_at timestamptz', t);
    end loop;
end
$$;

-- Records made before this migration get the default policy (README "Review and disposal"): an action's group
-- follows its offence category; operations and notices of this unit concern indecent images of children.
-- Scheduling changes no record as users see it: the tables' triggers (change feed, totals, exhibits) stay quiet.
alter table operation disable trigger user;
alter table enforcement_action disable trigger user;
alter table partner_notice disable trigger user;
update enforcement_action
   set retention_group = case when offence_category in ('IIOC_MAKING', 'IIOC_POSSESSION', 'IIOC_DISTRIBUTION',
                                                        'ONLINE_CHILD_SEXUAL_EXPLOITATION') then 'GROUP_1'
                              else 'GROUP_3' end;
update enforcement_action
   set review_due_on = (created_at at time zone 'Europe/London')::date
                       + case retention_group when 'GROUP_3' then interval '6 years' else interval '10 years' end;
update operation set retention_group = 'GROUP_1',
                     review_due_on = (created_at at time zone 'Europe/London')::date + interval '10 years';
update partner_notice set retention_group = 'GROUP_1',
                          review_due_on = (created_at at time zone 'Europe/London')::date + interval '10 years';
alter table operation enable trigger user;
alter table enforcement_action enable trigger user;
alter table partner_notice enable trigger user;

do $$
declare
    t text;
begin
    foreach t in array array['operation', 'enforcement_action', 'partner_notice'] loop
        execute format('alter table %I alter column retention_group set not null, alter column review_due_on set not null, '
                       'add constraint %I check (retention_group in (''GROUP_1'', ''GROUP_2'', ''GROUP_3''))',
                       t, 'ck__' || t || '__retention_group');
        -- GET /api/v2/reviews: records due first, keyset on (review_due_on, id), disposed ones out of the way.
        execute format('create index %I on %I (review_due_on, id) where disposed_at is null', t || '_review_due_idx', t);
    end loop;
end
$$;

-- Erasure empties the references a disposed record held; only a disposed record may lack them.
alter table operation alter column reference drop not null, alter column name drop not null,
    add constraint ck__operation__reference check (disposed_at is not null or (reference is not null and name is not null));
alter table enforcement_action alter column rms_reference drop not null,
    add constraint ck__enforcement_action__rms_reference check (disposed_at is not null or rms_reference is not null);
alter table partner_notice alter column subject_reference drop not null,
    add constraint ck__partner_notice__subject_reference check (disposed_at is not null or subject_reference is not null);

-- Review decisions: a record's review history. RETAIN is RECORDED at once; DISPOSE waits on the disposal list
-- (PENDING_APPROVAL) until another supervisor APPROVES it (the record is erased in that transaction) or
-- either supervisor REJECTS it. At most one disposal of a record is pending at a time.
create table review_decision (
    id               uuid          primary key,
    record_type      varchar(20)   not null,
    record_id        uuid          not null,
    decision         varchar(10)   not null,
    reason           varchar(1000) not null,
    next_review_on   date,
    status           varchar(20)   not null,
    decided_by       varchar(200)  not null,
    decided_at       timestamptz   not null,
    resolved_by      varchar(200),
    resolved_at      timestamptz,
    rejection_reason varchar(1000),
    constraint ck__review_decision__record_type check (record_type in ('OPERATION', 'ENFORCEMENT_ACTION', 'PARTNER_NOTICE')),
    constraint ck__review_decision__decision check (decision in ('RETAIN', 'DISPOSE')),
    constraint ck__review_decision__status check (status in ('RECORDED', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED')),
    constraint ck__review_decision__next_review_on check ((decision = 'RETAIN') = (next_review_on is not null))
);
create index review_decision_record_idx on review_decision (record_id, decided_at, id);
create index review_decision_status_idx on review_decision (status, decided_at, id);
create unique index review_decision_one_pending_idx on review_decision (record_id) where status = 'PENDING_APPROVAL';

-- The distinct people charged (V11) are counted from charged_person, which from now on holds a salted hash of
-- each pseudonymous reference, never the reference: a disposed charge keeps its rows (so the figures stay)
-- while its references are erased from the record. The salt is this database's own, made here.
create table pseudonym_salt (salt text not null);
insert into pseudonym_salt values (encode(sha256(convert_to(gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'));
create function person_pseudonym(reference text) returns text language sql stable as $$
    select encode(sha256(convert_to((select salt from pseudonym_salt) || reference, 'UTF8')), 'hex')
$$;
alter table charged_person alter column person_reference type varchar(64);
update charged_person set person_reference = person_pseudonym(person_reference);

create or replace function enforcement_action_appends_deltas() returns trigger language plpgsql as $$
begin
    -- The people charged follow the record, except through its disposal: an erased charge keeps its rows.
    if tg_op = 'DELETE' then
        delete from charged_person where action_id in (select id from removed);
    elsif tg_op = 'UPDATE' then
        delete from charged_person where action_id in (select id from added where disposed_at is null);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into charged_person
        select id, (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type,
               person_pseudonym(reference)
          from added, unnest(person_references) as reference
         where action_type = 'CHARGE' and disposed_at is null;
    end if;
    -- One statement's changed actions, +1 for each row added and -1 for each removed (an update is both),
    -- summed per London day and dimension. A transition table exists only for the events that have one,
    -- so the rows are read through EXECUTE, which plans only the tables this event has.
    execute format($sql$
        insert into action_daily_total_deltas
        select (occurred_at at time zone 'Europe/London')::date, area, offence_category, action_type, warrant_result,
               sum(sign),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'), 0),
               coalesce(sum(sign) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'), 0),
               sum(sign * devices_seized), sum(sign * children_safeguarded), sum(sign * persons_arrested),
               sum(sign * persons_charged), sum(sign * unreferenced), sum(sign * sensitive)
          from (select sign, occurred_at, area, offence_category, action_type, warrant_result, devices_seized,
                       children_safeguarded, persons_arrested, persons_charged,
                       persons_charged - coalesce(cardinality(person_references), 0) as unreferenced,
                       (security_marking = 'OFFICIAL_SENSITIVE')::int as sensitive
                  from (%s) changed) change
         group by 1, 2, 3, 4, 5
        -- An update that moves no figure (a corrected note, a disposal) leaves no delta.
        having sum(sign) <> 0 or sum(sign * devices_seized) <> 0 or sum(sign * children_safeguarded) <> 0
            or sum(sign * persons_arrested) <> 0 or sum(sign * persons_charged) <> 0 or sum(sign * unreferenced) <> 0
            or sum(sign * sensitive) <> 0
        $sql$, case tg_op
                   when 'INSERT' then 'select 1 as sign, * from added'
                   when 'DELETE' then 'select -1 as sign, * from removed'
                   else 'select 1 as sign, * from added union all select -1, * from removed'
               end);
    return null;
end
$$;

-- The change feed (V13) names a disposal: the update that sets disposed_at.
alter table change_event drop constraint ck__change_event__change;
alter table change_event add constraint ck__change_event__change
    check (change in ('created', 'updated', 'deleted', 'transitioned', 'disposed'));
create or replace function change_event_record() returns trigger language plpgsql as $$
begin
    -- Each row is turned into JSON once (r for the row as it was, a as it is now).
    if tg_op = 'INSERT' then
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0], 'created', a.id, a.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from added a cross join lateral to_jsonb(a) j;
    elsif tg_op = 'UPDATE' then
        insert into change_event (kind, change, record_id, version, security_marking, agency_id)
        select tg_argv[0],
               case when (j ->> 'disposed_at') is not null and (rj ->> 'disposed_at') is null then 'disposed'
                    when tg_argv[0] = 'notice' and (j ->> 'status') is distinct from (rj ->> 'status')
                    then 'transitioned' else 'updated' end,
               a.id, a.version, j ->> 'security_marking', (j ->> 'partner_agency_id')::uuid
          from added a cross join lateral to_jsonb(a) j join removed r on r.id = a.id cross join lateral to_jsonb(r) rj;
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
