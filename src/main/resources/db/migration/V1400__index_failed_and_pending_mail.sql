-- The outbox metrics count waiting and failed mails on every scrape; sent mail grows without bound, so both counts
-- read small partial indexes instead of the table.
create index mail_outbox_failed on mail_outbox (created_at) where status = 'FAILED';
create index mail_outbox_pending_created on mail_outbox (created_at) where status = 'PENDING';
