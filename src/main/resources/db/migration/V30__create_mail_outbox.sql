-- Every mail the site sends, written in the same transaction as the change that causes it and drained by
-- MailWorker. With no SMTP server configured the rows stay PENDING and the development mailbox shows them.
create table mail_outbox (
    id              bigserial primary key,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text,
    -- a caller's name for "this mail, once": a second enqueue with the same key is ignored
    dedupe_key      text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create unique index mail_outbox_dedupe_key on mail_outbox (dedupe_key);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_recipient on mail_outbox (lower(recipient));
