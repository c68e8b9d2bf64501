-- The period rule, once: a record's day is its day in ${time_zone} (ClockProducer.LONDON in the Java side,
-- filled in here by FigureMigrations). Summaries, figures and their triggers all say london_day(...).
-- Immutable and a single expression, so PostgreSQL inlines it into every query that uses it.
create or replace function london_day(instant timestamptz) returns date
    language sql immutable parallel safe
    as $$ select (instant at time zone '${time_zone}')::date $$;
