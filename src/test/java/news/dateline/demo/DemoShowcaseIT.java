package news.dateline.demo;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import news.dateline.access.BillingInterval;
import news.dateline.access.Plans;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.Comments;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.QueueEntry;
import news.dateline.member.Members;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.edition.Editions;
import news.dateline.newsletter.edition.Progress;
import news.dateline.newsletter.edition.TestDelivery;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferStatus;
import news.dateline.offer.Offers;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * The showcase a newcomer's first start adds: newsletters with a sent edition, an offer in early access and
 * comments with one held for moderation, each once however often the site starts. The test profile does not load
 * it at start (dateline.demo.enabled=false): this test does.
 */
@IntegrationTest
class DemoShowcaseIT {

    @Autowired
    TestData data;

    @Autowired
    DemoShowcase showcase;
    @Autowired
    Newsletters newsletters;
    @Autowired
    Editions editions;
    @Autowired
    Offers offers;
    @Autowired
    Plans plans;
    @Autowired
    Members members;
    @Autowired
    Moderation moderation;
    @Autowired
    Comments comments;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Value("${dateline.admin.email}")
    String adminEmail;
    @Value("${dateline.admin.password}")
    String adminPassword;

    @Test
    void aStartShowsNewslettersAnOfferAndCommentsOnceAndARestartAddsNothing() throws Exception {
        assertThat(demoNewsletters()).as("not loaded by the test profile's start").isEmpty();
        if (plans.active().isEmpty()) {
            plans.create(new Plans.NewPlan("Showcase annual", 249900, "INR", BillingInterval.YEAR, "Everything"));
        }
        Article story = articles.create(anArticle().inSection(sections.ensure("news", "News", 1))
                .headline("Ferries return to the harbour").build(), null);
        articles.publish(story.id(), null);

        showcase.load();
        TestDelivery.sendDueIntoDevelopmentMailbox(context);

        Map<String, Newsletter> loaded = demoNewsletters();
        assertThat(loaded).containsOnlyKeys(DemoShowcase.MORNING_BRIEF, DemoShowcase.BUSINESS_WEEK);
        var sent = editions.of(loaded.get(DemoShowcase.MORNING_BRIEF).id());
        assertThat(sent).hasSize(1);
        Progress progress = editions.progress(sent.getFirst().id());
        assertThat(progress.sent()).isEqualTo(3);
        assertThat(progress.finished()).isTrue();
        assertThat(editions.of(loaded.get(DemoShowcase.BUSINESS_WEEK).id())).isEmpty();

        WebSession admin = data.anonymous();
        admin.signIn(adminEmail, adminPassword);
        assertThat(admin.get("/admin/dev/mailbox").body()).contains("Your Morning Brief")
                .contains("meera.iyer@demo.example.com");

        assertThat(demoOffers()).singleElement()
                .satisfies(o -> assertThat(o.statusAt(clock.instant())).isEqualTo(OfferStatus.EARLY_ACCESS));

        List<QueueEntry> posted = demoComments();
        assertThat(posted).hasSize(3).allSatisfy(c -> assertThat(c.articleId()).isEqualTo(story.id()));
        assertThat(posted).extracting(QueueEntry::status).containsExactlyInAnyOrder("PUBLISHED", "PUBLISHED", "HELD");
        assertThat(comments.publishedCount(story.id())).isEqualTo(2);
        assertThat(admin.get("/admin/moderation").body()).contains("I live near the jetty");

        showcase.load(); // a restart
        TestDelivery.sendDueIntoDevelopmentMailbox(context);

        assertThat(demoNewsletters()).hasSize(2);
        assertThat(editions.of(loaded.get(DemoShowcase.MORNING_BRIEF).id())).hasSize(1);
        assertThat(editions.progress(sent.getFirst().id()).queued()).isEqualTo(3);
        assertThat(demoOffers()).hasSize(1);
        assertThat(demoComments()).hasSize(3);
        assertThat(members.findByEmail("meera.iyer@demo.example.com")).isPresent();
    }

    private Map<String, Newsletter> demoNewsletters() {
        return newsletters.all().stream().filter(n -> n.slug().startsWith("demo-"))
                .collect(Collectors.toMap(Newsletter::slug, Function.identity()));
    }

    private List<Offer> demoOffers() {
        return offers.all().stream().filter(o -> o.code().equalsIgnoreCase(DemoShowcase.OFFER_CODE)).toList();
    }

    private List<QueueEntry> demoComments() {
        return Stream.of("meera.iyer", "daniel.okafor", "lakshmi.rao")
                .flatMap(name -> members.findByEmail(name + "@demo.example.com").stream())
                .flatMap(reader -> moderation.byMember(reader.id()).stream()).toList();
    }
}
