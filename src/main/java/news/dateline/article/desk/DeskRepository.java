package news.dateline.article.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code desk} and {@code desk_member} tables and {@code article.desk_id}. Written through {@link Desks} only. */
@Repository
class DeskRepository {

    record Row(long id, String name) {
    }

    record MemberRow(long deskId, long memberId) {
    }

    private final JdbcClient jdbc;

    DeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when a desk of that name (whatever the case) exists already. */
    Optional<Long> insert(String name, Instant now) {
        return jdbc.sql("""
                        insert into desk (name, created_at) values (:name, :now)
                        on conflict ((lower(btrim(name)))) do nothing returning id""")
                .param("name", name).param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    List<Row> all() {
        return jdbc.sql("select id, name from desk order by lower(name)")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"))).list();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from desk where id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    List<MemberRow> memberships() {
        return jdbc.sql("select desk_id, member_id from desk_member")
                .query((rs, n) -> new MemberRow(rs.getLong("desk_id"), rs.getLong("member_id"))).list();
    }

    void addMember(long deskId, long memberId) {
        jdbc.sql("insert into desk_member (desk_id, member_id) values (:desk, :member) on conflict do nothing")
                .param("desk", deskId).param("member", memberId).update();
    }

    void removeMember(long deskId, long memberId) {
        jdbc.sql("delete from desk_member where desk_id = :desk and member_id = :member")
                .param("desk", deskId).param("member", memberId).update();
    }

    List<Long> desksOf(long memberId) {
        return jdbc.sql("select desk_id from desk_member where member_id = :member order by desk_id")
                .param("member", memberId).query(Long.class).list();
    }

    boolean setArticleDesk(long articleId, Long deskId) {
        return jdbc.sql("update article set desk_id = :desk where id = :id")
                .param("desk", deskId).param("id", articleId).update() == 1;
    }

    Optional<Long> deskOf(long articleId) {
        return jdbc.sql("select desk_id from article where id = :id and desk_id is not null")
                .param("id", articleId).query(Long.class).optional();
    }
}
