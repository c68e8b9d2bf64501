-- The backlog on a day, from the index alone: an SP-GiST index on the waiting span (a quad tree over its two
-- bounds) carrying what the backlog groups by, in place of V32's GiST index, which found the 42,813 devices waiting
-- on 2024-06-30 among 1,000,000 but then read each from the heap (22,311 pages, 160-190 ms). Index-only, the same
-- query reads 1,747 index pages in 30-40 ms. The expression's own columns are included too: PostgreSQL answers
-- from an expression index alone only when the columns the expression reads are in it.
create index device_queue_covering_idx on device using spgist (tstzrange(seized_at, queue_left_at, '(]'))
    include (kind, priority, seized_at, queue_left_at);
drop index device_queue_idx;
