-- Webhook subscriptions (/api/v2/webhook-subscriptions): what a supervisor registered, versioned for If-Match,
-- and apart from it the delivery state the deliverers move on their own, so that delivering never changes
-- the subscription's ETag.
create table webhook_subscription (
    id                         uuid          primary key,
    url                        varchar(2048) not null,
    -- null: every type, including types added later.
    event_types                varchar(80)[],
    description                varchar(500),
    -- Standard Webhooks secrets (whsec_ + Base64). The plain value is needed to sign, so it is stored as is;
    -- it is never shown again after the answer that created it.
    secret                     varchar(60)   not null,
    previous_secret            varchar(60),
    previous_secret_expires_at timestamptz,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null,
    version                    bigint        not null
);
create index webhook_subscription_paging_idx on webhook_subscription (created_at, id);

-- One row per subscription. position_* is the change feed position (V13) up to which entries are delivered;
-- a deliverer claims a row by taking its lease (FOR UPDATE SKIP LOCKED, then lease_until), so one run
-- delivers a subscription's entries at a time, in order, and a crashed instance's claim lapses by itself.
-- Every claim gets a fresh lease_token, and a run changes the row only while the token is still its own: a
-- run whose lease lapsed (and was claimed again, even by its own instance) or was reset by a replay stops.
create table webhook_delivery (
    subscription_id   uuid         primary key references webhook_subscription (id) on delete cascade,
    status            varchar(10)  not null default 'ACTIVE',
    position_tx       xid8         not null,
    position_seq      bigint       not null,
    attempts          integer      not null default 0,
    next_attempt_at   timestamptz  not null default now(),
    failing_since     timestamptz,
    last_error        varchar(500),
    last_attempt_at   timestamptz,
    last_delivered_at timestamptz,
    lease_owner       uuid,
    lease_token       uuid,
    lease_until       timestamptz,
    constraint ck__webhook_delivery__status check (status in ('ACTIVE', 'FAILING'))
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'ACTIVE';
