-- Verification and deletion state of an account.
alter table member
    add column email_verified_at     timestamptz,
    add column deletion_requested_at timestamptz,
    add column deleted_at            timestamptz;
-- staff created by an admin and the bootstrap admin were given a working address on purpose
update member set email_verified_at = created_at;
