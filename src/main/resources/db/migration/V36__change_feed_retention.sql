-- Change feed retention (issue 30): entries older than enforcement.changes.retention (P90D) are pruned in
-- bounded batches (ChangeFeedRetention), oldest first and only ever a prefix of the feed, and the position of
-- the last one pruned is kept here. A cursor before it gets a 410 that says how to resynchronise (an export
-- states the feed position it is consistent with); a webhook subscription behind it becomes FAILING.
create table change_feed_pruned (
    id           smallint primary key default 1 constraint ck__change_feed_pruned__one check (id = 1),
    through_tx   xid8 not null,
    through_seq  bigint not null,
    pruned_at    timestamp with time zone
);
insert into change_feed_pruned (through_tx, through_seq) values ('0', 0);
