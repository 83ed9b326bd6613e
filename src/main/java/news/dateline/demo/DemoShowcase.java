package news.dateline.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.database.NoDatabaseConfigured;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.NewsletterSubscriptions;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.edition.Edition;
import news.dateline.newsletter.edition.Editions;
import news.dateline.offer.DiscountKind;
import news.dateline.offer.OfferTerms;
import news.dateline.offer.Offers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The rest of the product for a newcomer's first start, after {@link DemoContent} and {@link DemoPlans}: three
 * demo readers, two newsletters they subscribe to, one edition sent to them (without SMTP its copies are in the
 * development mailbox), an offer in early access, and comments under the newest story, one of them held for a
 * moderator. Every part is looked up by its name, address or code before it is made, so a restart adds nothing
 * twice. On when the demo content is (never in tests unless a test calls {@link #load()}).
 */
@Component
class DemoShowcase {

    static final String MORNING_BRIEF = "demo-morning-brief";
    static final String BUSINESS_WEEK = "demo-business-week";
    static final String OFFER_CODE = "DEMO-EARLY";

    private static final Logger log = LoggerFactory.getLogger(DemoShowcase.class);

    /** Demo readers: name, address (example.com: never a real mailbox), and what they write under the story. */
    private record Reader(String name, String email, String comment) {
    }

    private static final List<Reader> READERS = List.of(
            new Reader("Meera Iyer", "meera.iyer@demo.example.com", "The new timetable is a relief for the commuters "
                    + "who cross the harbour every morning. I hope the evening services return soon as well."),
            new Reader("Daniel Okafor", "daniel.okafor@demo.example.com", "Thank you for explaining the decision so "
                    + "clearly. The figures in the second paragraph were especially useful to me."),
            new Reader("Lakshmi Rao", "lakshmi.rao@demo.example.com", "I live near the jetty and the queues were much "
                    + "shorter today. The reduced service still needs more boats at the weekend."));

    private final Environment environment;
    private final Members members;
    private final Newsletters newsletters;
    private final NewsletterSubscriptions subscriptions;
    private final Editions editions;
    private final SectionDirectory sections;
    private final Plans plans;
    private final Offers offers;
    private final ArticleQueries articles;
    private final Comments comments;
    private final Moderation moderation;
    private final Clock clock;

    DemoShowcase(Environment environment, Members members, Newsletters newsletters,
                 NewsletterSubscriptions subscriptions, Editions editions, SectionDirectory sections, Plans plans,
                 Offers offers, ArticleQueries articles, Comments comments, Moderation moderation, Clock clock) {
        this.environment = environment;
        this.members = members;
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
        this.editions = editions;
        this.sections = sections;
        this.plans = plans;
        this.offers = offers;
        this.articles = articles;
        this.comments = comments;
        this.moderation = moderation;
        this.clock = clock;
    }

    @Order(3)
    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        boolean embedded = NoDatabaseConfigured.isEmbedded(environment.getProperty("spring.datasource.url"));
        if (environment.getProperty("dateline.demo.enabled", Boolean.class, embedded)) {
            load();
        }
    }

    /** Adds whatever part of the showcase is missing. */
    void load() {
        List<Member> readers = READERS.stream().map(this::reader).toList();
        Newsletter brief = newsletter(MORNING_BRIEF, "The Morning Brief", "The day's essential stories, before breakfast.",
                Cadence.DAILY, List.of("news", "world"));
        Newsletter week = newsletter(BUSINESS_WEEK, "Business Week", "Markets, companies and the economy, every Friday.",
                Cadence.WEEKLY, List.of("business"));
        for (Member reader : readers) {
            subscriptions.setForMember(reader.id(), brief.id(), true);
            subscriptions.setForMember(reader.id(), week.id(), true);
        }
        sendFirstEdition(brief);
        earlyAccessOffer();
        comments(readers);
    }

    private Member reader(Reader reader) {
        Member member = members.findByEmail(reader.email()).orElseGet(() -> members.create(new Members.NewMember(
                reader.email(), reader.name(), unguessablePassword(), Set.of(Role.MEMBER))));
        // consenting, so the offer's early access reaches them (by mail, in the development mailbox)
        if (!members.marketingConsentGiven(member.id())) {
            members.setMarketingConsent(member.id(), true, "demo content");
        }
        return member;
    }

    private Newsletter newsletter(String slug, String name, String description, Cadence cadence, List<String> sectionSlugs) {
        Optional<Newsletter> existing = newsletters.all().stream().filter(n -> n.slug().equals(slug)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Long> sectionIds = sectionSlugs.stream().flatMap(s -> sections.bySlug(s).stream()).map(s -> s.id()).toList();
        return newsletters.create(new NewsletterForm(name, slug, description, cadence, NewsletterKind.EDITORIAL,
                "Dateline", "", true, sectionIds));
    }

    /** The delivery workers send it moments after the start: its counts fill in on the newsletter's page. */
    private void sendFirstEdition(Newsletter newsletter) {
        if (!editions.of(newsletter.id()).isEmpty()) {
            return;
        }
        Edition edition = editions.create(newsletter.id(), "Your Morning Brief",
                "Good morning. Here is what our reporters filed overnight.", List.of());
        editions.sendNow(edition.id());
    }

    private void earlyAccessOffer() {
        if (offers.all().stream().anyMatch(o -> o.code().equalsIgnoreCase(OFFER_CODE))) {
            return;
        }
        List<Plan> active = plans.active();
        if (active.isEmpty()) {
            log.info("Demo offer not made: there is no active plan to discount");
            return;
        }
        Plan plan = active.getLast(); // the demo's annual plan
        Instant now = clock.instant();
        offers.create(new OfferTerms(plan.id(), "Early bird: a quarter off", DiscountKind.PERCENT, 25, plan.currency(),
                1, OFFER_CODE, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(30))));
    }

    /**
     * Posted as readers post, through the guideline checks. New members' first comments may wait for a moderator
     * ({@code dateline.comments.first-comments-held}): the first admin approves all but the last, which stays in
     * the moderation queue.
     */
    private void comments(List<Member> readers) {
        if (readers.stream().anyMatch(r -> !moderation.byMember(r.id()).isEmpty())) {
            return;
        }
        Optional<ArticleSummary> story = articles.list(ArticleFilter.published(1, 1)).items().stream().findFirst();
        Optional<Member> admin = members.staff().stream().filter(m -> m.roles().contains(Role.ADMIN)).findFirst();
        if (story.isEmpty() || admin.isEmpty()) {
            log.info("Demo comments not posted: no published story or no admin to moderate them");
            return;
        }
        Moderator moderator = new Moderator(admin.get().id(), admin.get().displayName());
        // the last reader is pre-moderated, so their comment waits for a moderator whatever the hold settings
        moderation.premoderate(readers.getLast().id(), true, moderator);
        List<Long> toApprove = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            Member reader = readers.get(i);
            PostResult result = comments.post(new Comments.Author(reader.id(), reader.displayName()), story.get().id(),
                    null, READERS.get(i).comment());
            if (!result.accepted()) {
                log.warn("Demo comment by {} not accepted: {}", reader.displayName(), result.message());
            } else if (i < readers.size() - 1 && result.outcome() == PostResult.Outcome.HELD) {
                toApprove.add(result.commentId());
            }
        }
        moderation.approve(toApprove, moderator);
    }

    /** Nobody signs in as a demo reader; a password is required all the same. */
    private static String unguessablePassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
