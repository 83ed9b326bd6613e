-- Every mark of a claimed copy (SENT above all, one per copy) becomes a HOT update: the new row version goes on the
-- same page and no index gets an entry. PostgreSQL does that only when the update changes no indexed column, and
-- the columns of a partial index's predicate count as indexed: the due index's `status in ('PENDING', 'SENDING')`
-- made every mark write an entry into the primary key and the copy key as well. A copy now leaves the due index when
-- it is claimed (claimed_by set), not when it is marked; a copy whose lease ran out is put back (claimed_by cleared)
-- by a sweep of the editions still being delivered (DeliveryRepository.releaseExpiredLeases), which delivered_at
-- keeps short. fillfactor leaves room on each page for the claim's and the mark's row versions.
alter table newsletter_edition add column delivered_at timestamptz;
-- retries kept their worker's name before; due copies are now the unclaimed ones
update newsletter_delivery set claimed_by = null where status = 'PENDING';
drop index newsletter_delivery_due_idx;
create index newsletter_delivery_due_idx on newsletter_delivery (next_attempt_at, id) where claimed_by is null;
alter table newsletter_delivery set (fillfactor = 80);
