-- One send of a newsletter. Queueing is resumable: queued_through is the last subscriber id whose delivery row is
-- written, updated in the same transaction as each page of rows, so a node killed mid-queue is continued, not
-- restarted.
create table newsletter_edition (
    id              bigserial primary key,
    newsletter_id   bigint      not null references newsletter (id) on delete cascade,
    subject         text        not null,
    intro           text        not null default '',
    article_ids     bigint[]    not null default '{}',
    status          text        not null check (status in ('DRAFT', 'SCHEDULED', 'QUEUEING', 'QUEUED')),
    send_at         timestamptz,
    queued_through  bigint      not null default 0,
    created_at      timestamptz not null,
    queued_at       timestamptz
);
create index newsletter_edition_due_idx on newsletter_edition (send_at) where status in ('SCHEDULED', 'QUEUEING');
create index newsletter_edition_newsletter_idx on newsletter_edition (newsletter_id, created_at);

-- One copy of an edition for one address: unique, so a copy can never be queued twice. A worker claims a row by
-- setting it SENDING with next_attempt_at = the end of its lease; a row still SENDING after its lease (the node
-- died) is due again.
create table newsletter_delivery (
    id              bigserial primary key,
    edition_id      bigint      not null references newsletter_edition (id) on delete cascade,
    subscriber_id   bigint      not null,
    address         text        not null,
    name            text,
    status          text        not null default 'PENDING'
                    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'BOUNCED', 'SKIPPED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    claimed_by      text,
    sent_at         timestamptz,
    last_error      text
);
create unique index newsletter_delivery_copy_key on newsletter_delivery (edition_id, lower(address));
create index newsletter_delivery_due_idx on newsletter_delivery (next_attempt_at, id)
    where status in ('PENDING', 'SENDING');
create index newsletter_delivery_edition_status_idx on newsletter_delivery (edition_id, status);

-- Addresses whose mail server refused them for good (SMTP 5xx): later sends skip them.
create table newsletter_suppression (
    address    text        primary key,
    reason     text        not null,
    created_at timestamptz not null
);

-- The send rate shared by every node: a token bucket refilled from the database's own clock, taken with a single
-- UPDATE … RETURNING.
create table newsletter_send_rate (
    id         int              primary key check (id = 1),
    tokens     double precision not null,
    updated_at timestamptz      not null
);
insert into newsletter_send_rate (id, tokens, updated_at) values (1, 0, now());
