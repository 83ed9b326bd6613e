-- One-time tokens mailed to a member: email verification, sign-in links and codes, password resets and
-- email changes. Only SHA-256 hashes are stored; a token is used up by setting used_at, once.
create table member_token (
    id         bigserial primary key,
    member_id  bigint      not null references member (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'SIGN_IN', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash text        not null,
    -- sign-in mails carry a 6-digit code beside the link; either one uses the token up
    code_hash  text,
    -- the new address, for CHANGE_EMAIL
    email      text,
    failed_codes int       not null default 0,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create unique index member_token_hash on member_token (token_hash);
create index member_token_member on member_token (member_id, purpose);
