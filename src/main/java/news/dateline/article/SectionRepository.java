package news.dateline.article;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code section} table, for {@link SectionDirectory}. */
@Repository
class SectionRepository {

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ensure(String slug, String name, int position) {
        jdbc.sql("insert into section (slug, name, position) values (:slug, :name, :position) on conflict (slug) do nothing")
                .param("slug", slug).param("name", name).param("position", position).update();
    }

    /** Adds a section after the last one; false when the slug is taken. */
    boolean addLast(String slug, String name) {
        return jdbc.sql("""
                        insert into section (slug, name, position)
                        select :slug, :name, coalesce(max(position), 0) + 1 from section
                        on conflict (slug) do nothing""")
                .param("slug", slug).param("name", name).update() > 0;
    }

    List<Section> all() {
        return jdbc.sql("select id, slug, name, position from section order by position, name")
                .query(Section.class).list();
    }
}
