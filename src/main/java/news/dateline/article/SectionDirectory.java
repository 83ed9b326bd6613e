package news.dateline.article;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections of the paper. Every page's navigation lists them, so each node caches them and refreshes the
 * list in the background; a change shows on other nodes within the refresh interval.
 */
@Service
public class SectionDirectory {

    private final SectionRepository sections;
    private final LoadingCache<String, List<Section>> cache;

    SectionDirectory(SectionRepository sections) {
        this.sections = sections;
        // refreshed in the background: readers get the cached list at once and never wait on the database for it
        this.cache = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(30)).build(key -> sections.all());
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
        sections.ensure(slug, name, position);
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
        if (!sections.addLast(chosen, name.strip())) {
            throw new InvalidArticleException("slug", "There is already a section at /" + chosen + ".");
        }
        cache.invalidateAll();
        return bySlug(chosen).orElseThrow();
    }
}
