package news.dateline.support;

import static news.dateline.article.ArticleDraftBuilder.anArticle;

import javax.sql.DataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.annotation.PreDestroy;
import news.dateline.access.Subscriptions;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people and stories integration tests start from, made through the application's own services: members of each
 * role (each with a fresh address and the one strong {@link #PASSWORD}), web sessions signed in as them (over HTTP,
 * or in {@link Browser Chromium}), stories (drafts and published) and a second node on the same database. Imported by
 * {@link IntegrationTest}; every call makes new rows, so tests never share a member by accident.
 */
@TestComponent
public class TestData {

    /** Every member made here has this password. */
    public static final String PASSWORD = "quiet lanterns over the harbour";

    private final Members members;
    private final Subscriptions subscriptions;
    private final ArticleService articles;
    private final SectionDirectory sections;
    private final SiteProperties site;
    private final MutableClock clock;
    private final Environment environment;
    private final DataSource dataSource;
    private final UserDetailsService users;
    private SecondNode sharedSecondNode;

    TestData(Members members, Subscriptions subscriptions, ArticleService articles,
             SectionDirectory sections, SiteProperties site, MutableClock clock, Environment environment,
             DataSource dataSource, UserDetailsService users) {
        this.members = members;
        this.subscriptions = subscriptions;
        this.articles = articles;
        this.sections = sections;
        this.site = site;
        this.clock = clock;
        this.environment = environment;
        this.dataSource = dataSource;
        this.users = users;
    }

    /** A member who registered but has not confirmed their address yet. */
    public Member reader() {
        String email = email("reader");
        members.register(new Members.Registration(email, "Rita Reader", PASSWORD, false));
        return members.findByEmail(email).orElseThrow();
    }

    /** A member whose address is confirmed (may comment). */
    public Member member() {
        return member("Mira Member");
    }

    public Member member(String displayName) {
        return withRoles(displayName, Role.MEMBER);
    }

    /** A confirmed member with a complimentary subscription for the next two months. */
    public Member subscriber() {
        Member member = withRoles("Sam Subscriber", Role.MEMBER);
        subscriptions.grantComplimentary(new Subscriptions.ComplimentaryGrant(member.id(), null,
                LocalDate.ofInstant(clock.instant(), site.zone()).plusMonths(2), null, "test data"));
        return member;
    }

    public Member writer() {
        return withRoles("Wren Writer", Role.WRITER);
    }

    public Member editor() {
        return withRoles("Eda Editor", Role.EDITOR);
    }

    public Member moderator() {
        return withRoles("Mona Moderator", Role.MODERATOR);
    }

    public Member admin() {
        return withRoles("Ada Admin", Role.ADMIN);
    }

    /** A confirmed member with exactly these roles, named after the first. */
    public Member withRoles(Role... roles) {
        return withRoles("Test " + (roles.length == 0 ? "Member" : roles[0].name().charAt(0)
                + roles[0].name().substring(1).toLowerCase(java.util.Locale.ROOT)), roles);
    }

    /** A confirmed member with exactly these roles. */
    public Member withRoles(String displayName, Role... roles) {
        return members.create(new Members.NewMember(email(roles.length == 0 ? "member" : roles[0].name()),
                displayName, PASSWORD, Set.of(roles)));
    }

    /** A web session that has signed in as the member with {@link #PASSWORD}. */
    public WebSession signedIn(Member member) {
        return signedIn(member, port());
    }

    /** The same on another node (a {@link SecondNode}'s port). */
    public WebSession signedIn(Member member, int port) {
        WebSession session = new WebSession(port);
        session.signIn(member.email(), PASSWORD);
        return session;
    }

    /** A visitor who has not signed in. */
    public WebSession anonymous() {
        return new WebSession(port());
    }

    /** A Chromium page signed in as the member through the sign-in form, left on the page it lands on. */
    public Page signedIn(Browser browser, Member member) {
        Page page = browser.newContext(port()).newPage();
        page.navigate("/signin");
        page.getByLabel("Email").fill(member.email());
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/signin"));
        return page;
    }

    /** A free story published now in the "Test data" section. */
    public Article publishedStory() {
        return publishedStory(draft -> draft);
    }

    /** A published story in the "Test data" section, the draft changed first: {@code d -> d.metered()}. */
    public Article publishedStory(UnaryOperator<ArticleDraftBuilder> draft) {
        ArticleDraftBuilder builder = anArticle().inSection(section())
                .headline("Harbour story " + UUID.randomUUID().toString().substring(0, 8));
        return articles.publish(articles.create(draft.apply(builder).build(), null).id(), null);
    }

    /** A draft (not published) in the "Test data" section, the draft changed first. */
    public Article draftStory(UnaryOperator<ArticleDraftBuilder> draft) {
        return articles.create(draft.apply(anArticle().inSection(section())).build(), null);
    }

    public Section section() {
        return sections.ensure("test-data", "Test data", 90);
    }

    /** The section with this slug, made with this name and position if it does not exist yet. */
    public Section section(String slug, String name, int position) {
        return sections.ensure(slug, name, position);
    }

    /** The signed-in principal of a member, for calling services as them without HTTP. */
    public SignedInMember principal(Member member) {
        return principal(member.email());
    }

    /** The signed-in principal of the account with this address (the seeded admin is {@code admin@test.local}). */
    public SignedInMember principal(String email) {
        return (SignedInMember) users.loadUserByUsername(email);
    }

    /**
     * A second application node on this test's database and clock, with the test profile's settings: started on first
     * use and shared by every test of this context, as the first node is. Closing it does nothing; the context stops
     * it. Tests of a node's own settings take {@link #secondNode(String...)}.
     */
    public synchronized SecondNode secondNode() {
        if (sharedSecondNode == null) {
            sharedSecondNode = SecondNode.sharing(dataSource, clock);
        }
        return sharedSecondNode.sharedHandle();
    }

    /** A second node of its own with extra properties ({@code name=value}), for this test alone; close it. */
    public SecondNode secondNode(String first, String... more) {
        return SecondNode.sharing(dataSource, clock, java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
                java.util.Arrays.stream(more)).toArray(String[]::new));
    }

    @PreDestroy
    synchronized void stopSharedSecondNode() {
        if (sharedSecondNode != null) {
            sharedSecondNode.close();
        }
    }

    /** The test clock's instant: for tests that only read the time (those that move it take {@link MutableClock}). */
    public Instant now() {
        return clock.instant();
    }

    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private static String email(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@test.local";
    }
}
