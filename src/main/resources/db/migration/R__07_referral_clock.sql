-- Each referral's first enforcement action (referral_first_action, V31), kept by every statement that inserts,
-- updates or deletes actions naming referrals: the clock's end, read by the referral, the breaching list and the
-- figures.
create or replace function refresh_referral_clock(referrals uuid[]) returns void language sql as $$
    with firsts as (
        select r.id as referral_id, (select min(a.occurred_at) from enforcement_action a
                                      where a.referral_id = r.id) as first_action_at
          from unnest(referrals) as r (id)),
    cleared as (
        delete from referral_first_action f using firsts
         where f.referral_id = firsts.referral_id and firsts.first_action_at is null)
    insert into referral_first_action (referral_id, first_action_at)
    select referral_id, first_action_at from firsts where first_action_at is not null
    on conflict (referral_id) do update set first_action_at = excluded.first_action_at
$$;

-- A transition table exists only for the events that have one: a function each.
-- Most statements name no referral: they return before calling refresh_referral_clock, whose SQL is planned
-- afresh on every call (it halved the rate of single-action inserts: issue 30's bench).
create or replace function enforcement_action_inserted_referral_clock() returns trigger language plpgsql as $$
declare referrals uuid[] := array(select distinct referral_id from added where referral_id is not null);
begin
    if cardinality(referrals) > 0 then perform refresh_referral_clock(referrals); end if;
    return null;
end
$$;
create or replace function enforcement_action_updated_referral_clock() returns trigger language plpgsql as $$
declare referrals uuid[] := array(select referral_id from added where referral_id is not null
                                   union select referral_id from removed where referral_id is not null);
begin
    if cardinality(referrals) > 0 then perform refresh_referral_clock(referrals); end if;
    return null;
end
$$;
create or replace function enforcement_action_deleted_referral_clock() returns trigger language plpgsql as $$
declare referrals uuid[] := array(select distinct referral_id from removed where referral_id is not null);
begin
    if cardinality(referrals) > 0 then perform refresh_referral_clock(referrals); end if;
    return null;
end
$$;

drop trigger if exists enforcement_action_referral_clock_on_insert on enforcement_action;
drop trigger if exists enforcement_action_referral_clock_on_update on enforcement_action;
drop trigger if exists enforcement_action_referral_clock_on_delete on enforcement_action;
create trigger enforcement_action_referral_clock_on_insert after insert on enforcement_action
    referencing new table as added for each statement execute function enforcement_action_inserted_referral_clock();
create trigger enforcement_action_referral_clock_on_update after update on enforcement_action
    referencing old table as removed new table as added
    for each statement execute function enforcement_action_updated_referral_clock();
create trigger enforcement_action_referral_clock_on_delete after delete on enforcement_action
    referencing old table as removed for each statement execute function enforcement_action_deleted_referral_clock();
