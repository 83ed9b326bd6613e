-- Every change of a copy's status (claimed, SENT) wrote a new entry into this index, one of the three a mark
-- writes: on a scratch PostgreSQL 18 it was about a third of the WAL of each SENT mark (366 -> 231 bytes). Nothing
-- needs it: the edition's progress counts its copies through newsletter_delivery_copy_key, which starts with
-- edition_id too.
drop index newsletter_delivery_edition_status_idx;
