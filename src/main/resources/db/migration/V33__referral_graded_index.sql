-- The per-grade referral figures of a period read the graded referrals received in it with their grade and due
-- time from this index alone (bench/run's one-year summary: the referrals' side of its join, from a heap scan of
-- wide rows to an index-only scan).
create index referral_graded_idx on referral (received_at) include (id, grade, due_at) where grade is not null;
