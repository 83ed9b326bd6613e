-- Comments imported from an earlier comment platform keep where they came from: the source ("disqus", or the
-- name given to a CSV/JSON export) and the id they had there, unique together so an import can run again
-- without duplicating anything. legacy_parent_id is the parent's id there, resolved to parent_id once the whole
-- file is stored (a parent may come after its reply). legacy_author_email (lower-cased, never shown) lets a
-- member with that verified email see the comments as theirs; member ids are not copied in.
alter table comment
    add column legacy_source       text,
    add column legacy_id           text,
    add column legacy_parent_id    text,
    add column legacy_author_email text,
    add constraint comment_legacy_key unique (legacy_source, legacy_id),
    add constraint comment_legacy_pair check ((legacy_source is null) = (legacy_id is null));
create index comment_legacy_email_idx on comment (legacy_author_email, created_at desc, id desc)
    where legacy_author_email is not null;
