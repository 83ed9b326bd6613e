-- The widths of the JPEG renditions made at upload, ascending; null for a caption-only photo.
-- Stored rather than derived from today's configured widths, so changing those never breaks old photos.
alter table photo add column rendition_widths int[];
