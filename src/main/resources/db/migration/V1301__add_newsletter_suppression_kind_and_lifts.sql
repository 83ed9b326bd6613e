-- Why an address is suppressed, as a kind the newsroom can filter by (the reason stays the provider's words), and
-- every lifted suppression kept with who lifted it and their note: lifting deletes the suppression row, so the
-- address can be suppressed again by a later bounce.
alter table newsletter_suppression
    add column kind text not null default 'REFUSED'
        check (kind in ('REFUSED', 'HARD_BOUNCE', 'SOFT_BOUNCES', 'COMPLAINT'));
create index newsletter_suppression_created_idx on newsletter_suppression (created_at desc);

create table newsletter_suppression_lift (
    id             bigserial   primary key,
    address        text        not null,
    kind           text        not null,
    reason         text        not null,
    suppressed_at  timestamptz not null,
    lifted_at      timestamptz not null,
    lifted_by      text        not null,
    note           text        not null
);
create index newsletter_suppression_lift_address_idx on newsletter_suppression_lift (address, lifted_at);
