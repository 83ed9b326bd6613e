-- Newsletters the newsroom runs: editorial ones (news by cadence) and marketing ones (offers), which only reach
-- members who gave marketing consent. A newsletter draws articles from its sections.
create table newsletter (
    id          bigserial primary key,
    slug        text        not null unique,
    name        text        not null,
    description text        not null default '',
    cadence     text        not null check (cadence in ('DAILY', 'WEEKLY', 'BREAKING')),
    kind        text        not null check (kind in ('EDITORIAL', 'MARKETING')),
    sender_name text        not null,
    reply_to    text,
    active      boolean     not null default true,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create table newsletter_section (
    newsletter_id bigint not null references newsletter (id) on delete cascade,
    section_id    bigint not null references section (id) on delete cascade,
    primary key (newsletter_id, section_id)
);

-- An address that receives newsletters: a member's (confirmed when the member's address is verified) or one given
-- on the newsletters page, confirmed by a link (double opt-in). Unconfirmed addresses receive nothing but the
-- confirmation and are deleted when it expires.
create table newsletter_subscriber (
    id           bigserial primary key,
    email        text        not null,
    member_id    bigint unique references member (id) on delete set null,
    confirmed_at timestamptz,
    created_at   timestamptz not null
);
create unique index newsletter_subscriber_email_key on newsletter_subscriber (lower(email));
create index newsletter_subscriber_unconfirmed_idx on newsletter_subscriber (created_at) where confirmed_at is null;

-- Who gets which newsletter: one row per address and newsletter, switched on and off with one click.
create table newsletter_subscription (
    newsletter_id bigint      not null references newsletter (id) on delete cascade,
    subscriber_id bigint      not null references newsletter_subscriber (id) on delete cascade,
    subscribed    boolean     not null,
    changed_at    timestamptz not null,
    source        text        not null,
    primary key (newsletter_id, subscriber_id)
);
-- the recipients of one newsletter, in subscriber order (delivery pages through them)
create index newsletter_subscription_active_idx on newsletter_subscription (newsletter_id, subscriber_id)
    where subscribed;

-- Every switch, for the subscriber counts over time.
create table newsletter_subscription_event (
    id            bigserial primary key,
    newsletter_id bigint      not null references newsletter (id) on delete cascade,
    subscriber_id bigint      references newsletter_subscriber (id) on delete set null,
    subscribed    boolean     not null,
    at            timestamptz not null
);
create index newsletter_subscription_event_idx on newsletter_subscription_event (newsletter_id, at);
