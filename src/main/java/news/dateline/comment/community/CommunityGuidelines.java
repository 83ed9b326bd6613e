package news.dateline.comment.community;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.dateline.database.ChangeFeed;
import news.dateline.site.SafeMarkdown;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community guidelines above every comment box and on {@code /community-guidelines}: Markdown the community
 * desk edits, every save kept, the newest in force; until the first save, the text shipped in
 * {@code comment/guidelines.md}. The rendered HTML is kept in each node and dropped everywhere on a save.
 * Rendered by {@link SafeMarkdown}, the policy article bodies pass too.
 */
@Service
public class CommunityGuidelines {

    static final int MAX_LENGTH = 20_000;
    private static final String TOPIC = "community-guidelines";

    private final GuidelineRepository versions;
    private final StaffNames staff;
    private final Clock clock;
    private final String shipped;
    private final FeedCache<String> html;

    CommunityGuidelines(GuidelineRepository versions, StaffNames staff, ChangeFeed feed, Clock clock) {
        this.versions = versions;
        this.staff = staff;
        this.clock = clock;
        this.shipped = read("comment/guidelines.md");
        this.html = new FeedCache<>(feed, TOPIC, () -> render(markdown()));
    }

    /** The guidelines in force, as HTML safe to put in a page. */
    public String html() {
        return html.get();
    }

    /** The Markdown in force. */
    public String markdown() {
        return versions.latest().map(GuidelineRepository.Saved::markdown).orElse(shipped);
    }

    /** How a text would look, for the editor's preview. */
    public String preview(String markdown) {
        return render(markdown == null ? "" : markdown);
    }

    /** The saved versions, newest first (empty while the shipped text is in force). */
    public List<GuidelineVersion> history(int limit) {
        List<GuidelineRepository.Saved> saved = versions.newestFirst(limit);
        Map<Long, String> names = staff.of(saved.stream().map(GuidelineRepository.Saved::savedBy).toList());
        return saved.stream().map(s -> new GuidelineVersion(s.id(), s.markdown(), StaffNames.name(names, s.savedBy()),
                s.savedAt())).toList();
    }

    /**
     * Saves a new version and puts it in force on every node.
     *
     * @return empty when saved, else what is wrong with the text (nothing is saved)
     */
    @Transactional
    public Optional<String> save(String markdown, long memberId) {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            return Optional.of("Write the guidelines first: readers see them above every comment box.");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("The guidelines can be at most " + MAX_LENGTH + " characters long; this text has "
                    + text.length() + ".");
        }
        long id = versions.insert(text, memberId, clock.instant());
        html.changed(Long.toString(id));
        return Optional.empty();
    }

    static String render(String markdown) {
        return SafeMarkdown.toHtml(markdown);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
