-- A registration or a subscription, with the article the reader read last before it (null when unknown): the
-- funnel's later steps and their attribution, recorded once when they happen.
create table audience_conversion (
    id          bigint generated always as identity primary key,
    member_id   bigint      not null,
    kind        text        not null check (kind in ('registered', 'subscribed')),
    occurred_at timestamptz not null,
    article_id  bigint
);

create index audience_conversion_occurred on audience_conversion (occurred_at);
