-- A photo and its words. storage_key is null for a caption that arrived without an image file
-- (an import of a scraped page): the newsroom sees it flagged until someone uploads the picture.
create table photo (
    id           bigserial primary key,
    storage_key  text unique,
    content_type text,
    width        int,
    height       int,
    caption      text,
    credit       text,
    alt_text     text,
    created_at   timestamptz not null default now()
);
