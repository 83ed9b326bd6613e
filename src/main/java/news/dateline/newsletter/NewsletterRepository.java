package news.dateline.newsletter;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NewsletterRepository {

    private static final String SELECT = """
            select n.id, n.slug, n.name, n.description, n.cadence, n.kind, n.sender_name, n.reply_to, n.active,
                   array(select section_id from newsletter_section s where s.newsletter_id = n.id order by section_id)
                       as section_ids
            from newsletter n""";

    private final JdbcClient jdbc;

    NewsletterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Newsletter> all(boolean activeOnly) {
        return jdbc.sql(SELECT + (activeOnly ? " where n.active" : "") + " order by n.kind, n.name")
                .query(NewsletterRepository::newsletter).list();
    }

    Optional<Newsletter> find(long id) {
        return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(NewsletterRepository::newsletter).optional();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("select exists (select 1 from newsletter where slug = :slug and id <> :id)")
                .param("slug", slug).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(NewsletterForm f, Instant at) {
        long id = jdbc.sql("""
                        insert into newsletter (slug, name, description, cadence, kind, sender_name, reply_to, active,
                                                created_at, updated_at)
                        values (:slug, :name, :description, :cadence, :kind, :sender, :replyTo, :active, :at, :at)
                        returning id""")
                .params(fields(f)).param("at", Timestamp.from(at)).query(Long.class).single();
        setSections(id, f.sectionIds());
        return id;
    }

    void update(long id, NewsletterForm f, Instant at) {
        jdbc.sql("""
                        update newsletter set slug = :slug, name = :name, description = :description,
                               cadence = :cadence, kind = :kind, sender_name = :sender, reply_to = :replyTo,
                               active = :active, updated_at = :at
                        where id = :id""")
                .params(fields(f)).param("id", id).param("at", Timestamp.from(at)).update();
        setSections(id, f.sectionIds());
    }

    private void setSections(long id, List<Long> sectionIds) {
        jdbc.sql("delete from newsletter_section where newsletter_id = :id").param("id", id).update();
        for (long section : sectionIds) {
            jdbc.sql("insert into newsletter_section (newsletter_id, section_id) values (:id, :section)")
                    .param("id", id).param("section", section).update();
        }
    }

    private static Map<String, Object> fields(NewsletterForm f) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", f.slug());
        m.put("name", f.name());
        m.put("description", f.description());
        m.put("cadence", f.cadence().name());
        m.put("kind", f.kind().name());
        m.put("sender", f.senderName());
        m.put("replyTo", f.replyTo() == null || f.replyTo().isBlank() ? null : f.replyTo());
        m.put("active", f.active());
        return m;
    }

    private static Newsletter newsletter(ResultSet rs, int row) throws SQLException {
        Array sections = rs.getArray("section_ids");
        List<Long> sectionIds = Arrays.stream((Long[]) sections.getArray()).toList();
        return new Newsletter(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                Cadence.valueOf(rs.getString("cadence")), NewsletterKind.valueOf(rs.getString("kind")),
                rs.getString("sender_name"), rs.getString("reply_to"), rs.getBoolean("active"), sectionIds);
    }
}
