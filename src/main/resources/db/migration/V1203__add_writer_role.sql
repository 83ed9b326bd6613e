-- Writers: write and edit their own articles and submit them for review; only editors and admins publish.
alter table member_role drop constraint member_role_role_check;
alter table member_role add constraint member_role_role_check
    check (role in ('MEMBER', 'WRITER', 'EDITOR', 'MODERATOR', 'ADMIN'));
