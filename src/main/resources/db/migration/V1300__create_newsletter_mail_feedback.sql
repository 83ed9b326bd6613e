-- What mail providers report after they accepted a copy: hard and soft bounces and spam complaints, from SES (via
-- SNS), SendGrid's event webhook and Postmark's webhooks. Each report is stored once: the provider's own id for it
-- is unique, so a webhook delivered twice (providers retry) or replayed changes nothing. delivery_id and edition_id
-- say which copy it was about when that is known (our header, or the last copy sent to the address).
create table newsletter_mail_feedback (
    id                bigserial   primary key,
    provider          text        not null check (provider in ('SES', 'SENDGRID', 'POSTMARK', 'DSN')),
    provider_event_id text        not null,
    kind              text        not null check (kind in ('HARD_BOUNCE', 'SOFT_BOUNCE', 'COMPLAINT')),
    address           text        not null,
    delivery_id       bigint,
    edition_id        bigint      references newsletter_edition (id) on delete set null,
    occurred_at       timestamptz not null,
    received_at       timestamptz not null,
    detail            text        not null default '',
    unique (provider, provider_event_id)
);
-- the subscriber's page and the soft-bounce count (3 in 14 days) read by address and time
create index newsletter_mail_feedback_address_idx on newsletter_mail_feedback (address, occurred_at);
-- the rates per edition
create index newsletter_mail_feedback_edition_idx on newsletter_mail_feedback (edition_id, kind);
