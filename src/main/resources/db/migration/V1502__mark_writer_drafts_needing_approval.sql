-- Data: articles not yet out that a writer (not also an editor or admin) created before V1501 need approval too.
update article a set needs_approval = true
where a.status not in ('PUBLISHED', 'SCHEDULED')
  and exists (select 1 from member_role r where r.member_id = a.created_by and r.role = 'WRITER')
  and not exists (select 1 from member_role r where r.member_id = a.created_by and r.role in ('EDITOR', 'ADMIN'));
