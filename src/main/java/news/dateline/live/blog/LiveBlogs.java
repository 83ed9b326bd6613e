package news.dateline.live.blog;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.live.LiveEvents;
import news.dateline.media.PhotoLibrary;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newsroom's side of live blogs: start one on a published article, post, edit, pin and delete entries, end the
 * coverage. Only editors and admins may (the URL rules say so too; writers edit only their own unpublished articles,
 * and a live blog is published). Every change locks the live blog's row, so two editors posting at once both land,
 * one after the other, and publishes an event on the article's channel in the same transaction.
 */
@Service
public class LiveBlogs {

    static final String ENTRY = "entry";
    static final String ENTRY_REMOVED = "entry-removed";
    static final String COVERAGE = "coverage";

    private final LiveBlogRepository blogs;
    private final ArticleQueries articles;
    private final PhotoLibrary photos;
    private final LiveEvents events;
    private final EntryRenderer renderer;
    private final JsonMapper json;
    private final Clock clock;

    LiveBlogs(LiveBlogRepository blogs, ArticleQueries articles, PhotoLibrary photos, LiveEvents events,
              EntryRenderer renderer, JsonMapper json, Clock clock) {
        this.blogs = blogs;
        this.articles = articles;
        this.photos = photos;
        this.events = events;
        this.renderer = renderer;
        this.json = json;
        this.clock = clock;
    }

    public Optional<LiveBlog> find(long articleId) {
        return blogs.find(articleId);
    }

    public List<LiveBlog> all() {
        return blogs.all();
    }

    public List<LiveEntry> entries(long articleId) {
        return blogs.entries(articleId);
    }

    /** The newsroom's list of live blogs, newest first. */
    public List<LiveBlogRow> rows() {
        return blogs.all().stream().map(blog -> {
            Optional<Article> article = articles.published(blog.articleId());
            return new LiveBlogRow(blog.articleId(), article.map(Article::headline).orElse("(not published)"),
                    article.map(Article::path).orElse(null), renderer.time(blog.startedAt()),
                    blog.ended() ? renderer.time(blog.endedAt()) : null);
        }).toList();
    }

    /** The entries as the newsroom's desk shows them: to edit, with their times. */
    public List<DeskEntry> desk(long articleId) {
        List<LiveEntry> entries = blogs.entries(articleId);
        List<EntryView> views = renderer.views(entries);
        return IntStream.range(0, entries.size()).mapToObj(i -> new DeskEntry(entries.get(i), views.get(i))).toList();
    }

    @Transactional
    public LiveBlog start(SignedInMember editor, long articleId) {
        requireEditor(editor);
        if (articles.published(articleId).isEmpty()) {
            throw new InvalidEntryException("Article " + articleId + " is not published; only a published article can be followed live.");
        }
        if (blogs.start(articleId, editor.memberId(), clock.instant())) {
            events.publish(LiveEvents.article(articleId), COVERAGE, "{\"ended\":false}");
        }
        return blogs.find(articleId).orElseThrow();
    }

    /**
     * First-start content: a live blog started at {@code startedAt} by a staff member, with entries posted at the
     * given times (oldest first) and the ones marked pinned as key points. Nothing is done when the article is a
     * live blog already, so a restart adds nothing twice.
     *
     * @return whether it was made now
     */
    @Transactional
    public boolean startEarlier(long memberId, String name, long articleId, java.time.Instant startedAt,
                                List<EarlierEntry> entries) {
        if (articles.published(articleId).isEmpty() || !blogs.start(articleId, memberId, startedAt)) {
            return false;
        }
        events.publish(LiveEvents.article(articleId), COVERAGE, "{\"ended\":false}");
        for (EarlierEntry earlier : entries) {
            earlier.form().check();
            LiveEntry entry = blogs.insert(articleId, earlier.form(), memberId, name, earlier.at());
            if (earlier.pinned()) {
                entry = blogs.pin(articleId, entry.id(), true).orElseThrow();
            }
            announce(entry);
        }
        return true;
    }

    /** An entry of first-start content: what it says, when it was posted, whether it is a key point. */
    public record EarlierEntry(EntryForm form, java.time.Instant at, boolean pinned) {
    }

    @Transactional
    public void end(SignedInMember editor, long articleId) {
        requireEditor(editor);
        LiveBlog blog = open(articleId);
        blogs.end(blog.articleId(), clock.instant());
        events.publish(LiveEvents.article(articleId), COVERAGE, json.writeValueAsString(Map.of("ended", true,
                "html", renderer.words().get("live.ended", renderer.time(clock.instant())))));
    }

    @Transactional
    public LiveEntry post(SignedInMember editor, long articleId, EntryForm form) {
        requireEditor(editor);
        check(form);
        open(articleId);
        LiveEntry entry = blogs.insert(articleId, form, editor.memberId(), editor.displayName(), clock.instant());
        announce(entry);
        return entry;
    }

    @Transactional
    public LiveEntry edit(SignedInMember editor, long articleId, long entryId, EntryForm form) {
        requireEditor(editor);
        check(form);
        started(articleId);
        LiveEntry entry = blogs.update(articleId, entryId, form, clock.instant()).orElseThrow(() -> missing(entryId));
        announce(entry);
        return entry;
    }

    @Transactional
    public LiveEntry pin(SignedInMember editor, long articleId, long entryId, boolean pinned) {
        requireEditor(editor);
        started(articleId);
        LiveEntry entry = blogs.pin(articleId, entryId, pinned).orElseThrow(() -> missing(entryId));
        announce(entry);
        return entry;
    }

    @Transactional
    public void delete(SignedInMember editor, long articleId, long entryId) {
        requireEditor(editor);
        started(articleId);
        if (!blogs.delete(articleId, entryId, clock.instant())) {
            throw missing(entryId);
        }
        events.publish(LiveEvents.article(articleId), ENTRY_REMOVED, "{\"id\":" + entryId + "}");
    }

    /** Tells open pages: the entry as it now reads, and its line in the key points (null when not pinned). */
    private void announce(LiveEntry entry) {
        EntryView view = renderer.view(entry);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", entry.id());
        data.put("html", renderer.entryHtml(view));
        data.put("keyPoint", entry.pinned() ? renderer.keyPointHtml(view) : null);
        events.publish(LiveEvents.article(entry.articleId()), ENTRY, json.writeValueAsString(data));
    }

    private void check(EntryForm form) {
        form.check();
        if (form.photoId() != null && photos.find(form.photoId()).filter(p -> !p.missingImage()).isEmpty()) {
            throw new InvalidEntryException("There is no photo " + form.photoId() + " with an image in the library.");
        }
    }

    /** The live blog, locked, still running. */
    private LiveBlog open(long articleId) {
        LiveBlog blog = started(articleId);
        if (blog.ended()) {
            throw new InvalidEntryException("The live coverage of article " + articleId + " has ended.");
        }
        return blog;
    }

    private LiveBlog started(long articleId) {
        return blogs.lock(articleId).orElseThrow(() -> new NotFoundException("live blog " + articleId));
    }

    private static NotFoundException missing(long entryId) {
        return new NotFoundException("live blog entry " + entryId);
    }

    private static void requireEditor(SignedInMember member) {
        if (member == null || !member.isStaff()) {
            throw new AccessDeniedException("Only editors and admins run live blogs.");
        }
    }
}
