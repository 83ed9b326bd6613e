package news.dateline.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;

/**
 * The sections of the paper. Every page's navigation lists them, so each node caches them and refreshes the
 * list in the background; a change shows on other nodes within the refresh interval. Every request of a reader's
 * read asks it (web/ReaderReads, the masthead), so it is a plain bean, not a transactional proxy: each write is one
 * statement, atomic by itself, and a proxy cost every one of those reads a reflective call (JFR, bench/RESULTS.md).
 */
@Service
public class SectionDirectory {

    private final SectionRepository sections;
    private final LoadingCache<String, Listing> cache;
    /**
     * Counts this node's writes. Clearing the cache after a write is not enough: a load another request started
     * before the write (a reader's masthead at start-up, while the demo content adds its sections) can finish after
     * the clearing and put the older list back. Each list remembers the count it was loaded under, and one loaded
     * before the latest write is loaded again.
     */
    private final AtomicLong writes = new AtomicLong();

    /** The sections in navigation order, and by slug, as loaded after {@code writes} of this node's writes. */
    private record Listing(long writes, List<Section> all, Map<String, Section> bySlug) {
        static Listing of(long writes, List<Section> all) {
            return new Listing(writes, all,
                    all.stream().collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity())));
        }
    }

    SectionDirectory(SectionRepository sections) {
        this.sections = sections;
        // refreshed in the background: readers get the cached list at once and never wait on the database for it
        this.cache = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(30)).build(key -> {
            long writesBefore = writes.get(); // read before the rows: a write during the query makes the list stale
            return Listing.of(writesBefore, sections.all());
        });
    }

    public List<Section> all() {
        return listing().all();
    }

    public Optional<Section> bySlug(String slug) {
        return Optional.ofNullable(listing().bySlug().get(slug));
    }

    private Listing listing() {
        Listing listing = cache.get("all");
        while (listing.writes() < writes.get()) {
            cache.invalidate("all");
            listing = cache.get("all");
        }
        return listing;
    }

    private void written() {
        writes.incrementAndGet();
        cache.invalidateAll();
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
    public Section ensure(String slug, String name, int position) {
        sections.ensure(slug, name, position);
        written();
        return bySlug(slug).orElseThrow();
    }

    /**
     * Adds a section at the end of the navigation.
     *
     * @throws InvalidArticleException naming the field when the name is empty or the slug taken or malformed
     */
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
        written();
        return bySlug(chosen).orElseThrow();
    }
}
