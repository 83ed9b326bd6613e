create table article (
    id            bigserial primary key,
    section_id    bigint      not null references section (id),
    slug          text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    headline      text        not null check (length(trim(headline)) > 0),
    standfirst    text,
    body_markdown text        not null default '',
    dateline      text,
    agencies      text[]      not null default '{}',
    lead_photo_id bigint references photo (id) on delete set null,
    access_level  text        not null default 'METERED' check (access_level in ('FREE', 'METERED', 'PREMIUM')),
    status        text        not null default 'DRAFT' check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    scheduled_at  timestamptz,
    published_at  timestamptz,
    -- the public "Updated" time: moves only when an editor marks a save as a public update
    updated_at    timestamptz,
    created_at    timestamptz not null,
    modified_at   timestamptz not null,
    -- identity of an imported story (ninjs uri, or headline and first-created time of a scraped page),
    -- so importing the same file twice finds the article instead of adding another
    import_key    text unique,
    check (status <> 'SCHEDULED' or scheduled_at is not null),
    check (status <> 'PUBLISHED' or published_at is not null)
);
create index article_published_idx on article (published_at desc) where status = 'PUBLISHED';
create index article_section_published_idx on article (section_id, published_at desc) where status = 'PUBLISHED';
create index article_scheduled_idx on article (scheduled_at) where status = 'SCHEDULED';

create table article_author (
    article_id bigint not null references article (id) on delete cascade,
    author_id  bigint not null references author (id),
    position   int    not null,
    primary key (article_id, author_id)
);
create index article_author_author_idx on article_author (author_id);

create table article_tag (
    article_id bigint not null references article (id) on delete cascade,
    tag_id     bigint not null references tag (id),
    primary key (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id);

-- photos of the article other than the lead photo, in order (inline photos are referenced from the body)
create table article_photo (
    article_id bigint not null references article (id) on delete cascade,
    photo_id   bigint not null references photo (id),
    position   int    not null,
    primary key (article_id, photo_id)
);
