-- The period rule, once: a record's day is its day in ${time_zone} (ClockProducer.LONDON in the Java side,
-- filled in here by FigureMigrations). Summaries, figures and their triggers all say london_day(...).
-- Immutable and a single expression, so PostgreSQL inlines it into every query that uses it.
create or replace function london_day(instant timestamptz) returns date
    language sql immutable parallel safe
    as $$ select (instant at time zone '${time_zone}')::date $$;

-- The first instant of a day in ${time_zone}: a day range of records is the instants from the first day's midnight
-- to the day after the last one's, so that an index on the instant serves it.
create or replace function london_midnight(day date) returns timestamptz
    language sql immutable parallel safe
    as $$ select day::timestamp at time zone '${time_zone}' $$;
