package news.dateline.newsletter.edition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterSubscriptions;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.Subscriber;
import news.dateline.site.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** The newsroom's editions: write, fill with top stories, preview, test, schedule or send now, and follow. */
@Service
public class Editions {

    static final int AUTO_FILL_STORIES = 8;

    private final EditionRepository editions;
    private final DeliveryRepository deliveries;
    private final EditionContents contents;
    private final CopyRenderer renderer;
    private final CopySender sender;
    private final Newsletters newsletters;
    private final NewsletterSubscriptions subscriptions;
    private final ArticleQueries articles;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;

    Editions(EditionRepository editions, DeliveryRepository deliveries, EditionContents contents, CopyRenderer renderer,
             CopySender sender, Newsletters newsletters, NewsletterSubscriptions subscriptions, ArticleQueries articles,
             ObjectProvider<JavaMailSender> smtp, Clock clock) {
        this.subscriptions = subscriptions;
        this.editions = editions;
        this.deliveries = deliveries;
        this.contents = contents;
        this.renderer = renderer;
        this.sender = sender;
        this.newsletters = newsletters;
        this.articles = articles;
        this.smtp = smtp;
        this.clock = clock;
    }

    /** A new draft; with no articles given, filled with the top stories of the newsletter's sections. */
    public Edition create(long newsletterId, String subject, String intro, List<Long> articleIds) {
        Newsletter newsletter = newsletters.get(newsletterId);
        List<Long> picked = articleIds.isEmpty() ? topStories(newsletter) : articleIds;
        return get(editions.insert(newsletter.id(), required(subject), intro == null ? "" : intro.strip(), picked,
                clock.instant()));
    }

    public Edition update(long id, String subject, String intro, List<Long> articleIds) {
        if (!editions.update(id, required(subject), intro == null ? "" : intro.strip(), articleIds)) {
            throw new InvalidEditionException("This edition is already being sent and can no longer be changed.");
        }
        return get(id);
    }

    public Edition get(long id) {
        return editions.find(id).orElseThrow(() -> new NotFoundException("newsletter edition " + id));
    }

    public List<Edition> of(long newsletterId) {
        return editions.ofNewsletter(newsletterId);
    }

    public List<ArticleSummary> articles(Edition edition) {
        return contents.of(edition).articles();
    }

    /**
     * The most recent published stories of the newsletter's sections since its last edition (all sections when it
     * names none), newest first.
     */
    public List<Long> topStories(Newsletter newsletter) {
        Instant since = editions.lastQueuedAt(newsletter.id()).orElse(Instant.EPOCH);
        List<ArticleFilter> filters = new ArrayList<>();
        ArticleFilter base = ArticleFilter.published(1, AUTO_FILL_STORIES);
        if (newsletter.sectionIds().isEmpty()) {
            filters.add(base);
        }
        newsletter.sectionIds().forEach(section -> filters.add(base.inSection(section)));
        Set<Long> ids = new LinkedHashSet<>();
        filters.stream().flatMap(f -> articles.list(f).items().stream())
                .filter(a -> a.publishedAt() != null && a.publishedAt().isAfter(since))
                .sorted(Comparator.comparing(ArticleSummary::publishedAt).reversed())
                .forEach(a -> ids.add(a.id()));
        return ids.stream().limit(AUTO_FILL_STORIES).toList();
    }

    /** The HTML copy as a recipient would get it, for the newsroom's preview. */
    public String previewHtml(long id, String address) {
        return renderer.render(contents.load(id), 0, address, "Reader").html();
    }

    /**
     * Sends one copy to one address now, outside the delivery (into the development mailbox when no SMTP server is
     * configured). Its manage and unsubscribe links are signed for that address (its subscriber row, made
     * unconfirmed when there is none), so the tester can try them.
     */
    public void sendTest(long id, String address) {
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidEditionException("Give one email address for the test.");
        }
        EditionContent content = contents.load(id);
        Subscriber tester = subscriptions.forTestSend(address.strip());
        Copy rendered = renderer.render(content, tester.id(), tester.email(), "Test reader");
        Copy copy = new Copy(rendered.to(), "[TEST] " + rendered.subject(), rendered.text(), rendered.html(),
                rendered.oneClickUrl());
        JavaMailSender mail = smtp.getIfAvailable();
        if (mail == null) {
            sender.keepInMailbox(copy, null); // no SMTP server: read it in the development mailbox
        } else {
            mail.send(sender.message(mail, content, copy, 0));
        }
    }

    public void sendNow(long id) {
        schedule(id, clock.instant());
    }

    public void schedule(long id, Instant at) {
        if (!editions.schedule(id, at)) {
            throw new InvalidEditionException("This edition is already being sent.");
        }
    }

    public Progress progress(long id) {
        return deliveries.progress(id);
    }

    private static String required(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidEditionException("An edition needs a subject.");
        }
        return subject.strip();
    }
}
