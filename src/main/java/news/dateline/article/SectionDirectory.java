package news.dateline.article;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections of the paper. Every page's navigation lists them, so each node caches them and refreshes the
 * list in the background; a change shows on other nodes within the refresh interval.
 */
@Service
public class SectionDirectory {

    private final JdbcClient jdbc;
    private final LoadingCache<String, List<Section>> cache;

    SectionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // refreshed in the background: readers get the cached list at once and never wait on the database for it
        this.cache = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(30)).build(key -> load());
    }

    public List<Section> all() {
        return cache.get("all");
    }

    public Optional<Section> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Section> byId(long id) {
        Optional<Section> cached = all().stream().filter(s -> s.id() == id).findFirst();
        if (cached.isPresent()) {
            return cached;
        }
        // created on another node since this one cached the list
        cache.invalidateAll();
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Creates the section, or returns the one with this slug. */
    @Transactional
    public Section ensure(String slug, String name, int position) {
        jdbc.sql("insert into section (slug, name, position) values (:slug, :name, :position) on conflict (slug) do nothing")
                .param("slug", slug).param("name", name).param("position", position).update();
        cache.invalidateAll();
        return bySlug(slug).orElseThrow();
    }

    /**
     * Adds a section at the end of the navigation.
     *
     * @throws InvalidArticleException naming the field when the name is empty or the slug taken or malformed
     */
    @Transactional
    public Section add(String name, String slug) {
        if (name == null || name.isBlank()) {
            throw new InvalidArticleException("name", "A section needs a name.");
        }
        String chosen = slug == null || slug.isBlank() ? Slugs.of(name) : slug.strip();
        if (!Slugs.isValid(chosen)) {
            throw new InvalidArticleException("slug",
                    "A slug is lower-case letters, digits and single hyphens, at most 80 characters.");
        }
        int added = jdbc.sql("""
                        insert into section (slug, name, position)
                        select :slug, :name, coalesce(max(position), 0) + 1 from section
                        on conflict (slug) do nothing""")
                .param("slug", chosen).param("name", name.strip()).update();
        if (added == 0) {
            throw new InvalidArticleException("slug", "There is already a section at /" + chosen + ".");
        }
        cache.invalidateAll();
        return bySlug(chosen).orElseThrow();
    }

    private List<Section> load() {
        return jdbc.sql("select id, slug, name, position from section order by position, name")
                .query(Section.class).list();
    }
}
