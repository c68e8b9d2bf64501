-- What the s.62 log quotes in a caller's words, kept apart from the append-only entries so that a disposal can
-- make a record's references unreadable everywhere the log quotes them (a log of erasure must not keep the
-- erased data) while every entry still says who consulted which record, when and why.
--
-- audit_quote holds each distinct text once: the justifications callers give (or their client's registered
-- purpose) and the values they looked records up by (rms_reference, subject_reference, exhibit_reference). An
-- entry points at its justification (justification_quote) and, in the order its query names them, at the
-- looked-up values (query_quotes); its query keeps every other parameter, the quoted ones with empty values.
-- A disposal replaces the record's references in every quote that holds them with '[erased]' and sets
-- erased_at (AuditQuotes.eraseQuoting, in the approving transaction); quotes are never deleted, entries never
-- change. The trigram index finds the quotes holding a value without reading them all.
create extension if not exists pg_trgm;

create table audit_quote (
    id        bigint generated always as identity primary key,
    text      text        not null,
    erased_at timestamptz
);
-- One live row per text (md5: a justification can be longer than a b-tree key); an erased row is no longer
-- what its original text maps to.
create unique index audit_quote_text_key on audit_quote (md5(text)) where erased_at is null;
create index audit_quote_text_trgm_idx on audit_quote using gin (text gin_trgm_ops);

alter table audit_event add column justification_quote bigint;
alter table audit_event add column query_quotes bigint[];

-- The entries written so far move their texts into the quotes (the migration, as the table's owner, is the
-- one writer allowed to touch them; the append-only triggers are back on before it commits).
alter table audit_event disable trigger audit_event_no_update_or_delete;

insert into audit_quote (text)
select distinct justification from audit_event where justification is not null;
update audit_event e set justification_quote = q.id
  from audit_quote q
 where e.justification is not null and md5(q.text) = md5(e.justification) and q.text = e.justification;

create function pg_temp.url_decode(encoded text) returns text language sql immutable as $$
    select coalesce(convert_from(string_agg(case when m[1] is not null then decode(substr(m[1], 2), 'hex')
                                                 else convert_to(m[2], 'UTF8') end, ''::bytea order by n), 'UTF8'), '')
      from regexp_matches(encoded, '(%[0-9A-Fa-f]{2})|([^%]+|%)', 'g') with ordinality as r (m, n)
$$;

do $$
declare
    entry  record;
    part   text;
    name   text;
    value  text;
    quote  bigint;
    parts  text[];
    quotes bigint[];
begin
    for entry in select id, query from audit_event
                  where query ~ '(^|&)(rms_reference|subject_reference|exhibit_reference)=' loop
        parts := '{}';
        quotes := '{}';
        foreach part in array string_to_array(entry.query, '&') loop
            name := split_part(part, '=', 1);
            if name in ('rms_reference', 'subject_reference', 'exhibit_reference') and position('=' in part) > 0 then
                begin
                    value := pg_temp.url_decode(substr(part, position('=' in part) + 1));
                exception when others then
                    value := substr(part, position('=' in part) + 1);
                end;
                select id into quote from audit_quote where md5(text) = md5(value) and text = value and erased_at is null;
                if quote is null then
                    insert into audit_quote (text) values (value) returning id into quote;
                end if;
                parts := parts || (name || '=');
                quotes := quotes || quote;
            else
                parts := parts || part;
            end if;
        end loop;
        update audit_event set query = array_to_string(parts, '&'), query_quotes = quotes where id = entry.id;
    end loop;
end
$$;

alter table audit_event enable trigger audit_event_no_update_or_delete;
alter table audit_event drop column justification;
