package news.dateline.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.database.SharedSecrets;
import news.dateline.database.Signer;
import news.dateline.member.MemberRegistered;
import news.dateline.site.SecretTokens;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Gift links: a subscriber shares up to {@code dateline.gifts.per-month} paywalled articles a calendar month as
 * links ({@code ?gift=} and a 256-bit token, kept hashed); whoever opens one reads that article whole without their
 * meter until it expires ({@link AccessPolicy} decides, {@link ReadingGateService} asks here). A visitor who opened
 * one carries a signed cookie naming the link, so registering afterwards is credited to it; the newsroom sees
 * links given, opened, and the registrations they brought.
 */
@Service
public class GiftLinks {

    private final GiftLinkRepository links;
    private final Subscriptions subscriptions;
    private final ArticleQueries articles;
    private final GiftProperties properties;
    private final SiteProperties site;
    private final Signer signer;
    private final Words words;
    private final Clock clock;

    GiftLinks(GiftLinkRepository links, Subscriptions subscriptions, ArticleQueries articles, GiftProperties properties,
              SiteProperties site, SharedSecrets secrets, Words words, Clock clock) {
        this.words = words;
        this.links = links;
        this.subscriptions = subscriptions;
        this.articles = articles;
        this.properties = properties;
        this.site = site;
        this.signer = new Signer(() -> secrets.getOrCreate("gift-links"));
        this.clock = clock;
    }

    /** A link just made: its address (shown once, never stored) and how many gifts are left this month. */
    public record Gift(String url, String headline, int left) {
    }

    /** A link given, as its giver sees it. */
    public record Given(long id, long articleId, Instant createdAt, Instant expiresAt, int opened) {
    }

    /** Gift links made since a moment, for the newsroom. */
    public record Totals(long given, long opened, long opens, long registrations) {
    }

    public record ArticleGifts(long articleId, long given, long opens, long registrations) {
    }

    /** A gift that cannot be given; the message says why. */
    public static class GiftException extends RuntimeException {
        GiftException(String message) {
            super(message);
        }
    }

    /**
     * Makes a gift link to a published paywalled article for a subscriber.
     *
     * @throws GiftException when the member is not a subscriber, the article is free or missing, or the month's
     *                       gifts are used (counted under a lock, so two requests at once cannot exceed it)
     */
    @Transactional
    public Gift give(long memberId, long articleId) {
        if (subscriptions.entitlementOf(memberId) != Entitlement.SUBSCRIBED) {
            throw new GiftException(words.get("gifts.error.not-subscriber"));
        }
        Article article = articles.published(articleId)
                .orElseThrow(() -> new GiftException(words.get("gifts.error.no-story")));
        if (article.accessLevel() == AccessLevel.FREE) {
            throw new GiftException(words.get("gifts.error.free-story"));
        }
        links.lockMember(memberId);
        Instant now = clock.instant();
        int given = links.givenSince(memberId, monthStart(now));
        if (given >= properties.perMonth()) {
            throw new GiftException(words.get("gifts.error.used-up", properties.perMonth(),
                    monthStart(now).atZone(site.zone()).toLocalDate().plusMonths(1)));
        }
        String token = SecretTokens.newToken();
        links.insert(SecretTokens.hash(token), articleId, memberId, now, now.plus(properties.lifetime()));
        return new Gift(site.absolute(article.path() + "?gift=" + token), article.headline(),
                properties.perMonth() - given - 1);
    }

    /** How long a link opens its article. */
    public java.time.Duration lifetime() {
        return properties.lifetime();
    }

    /** How many gift links the member may still give this month. */
    public int left(long memberId) {
        return Math.max(0, properties.perMonth() - links.givenSince(memberId, monthStart(clock.instant())));
    }

    public List<Given> givenThisMonth(long memberId) {
        return links.givenBy(memberId, monthStart(clock.instant()));
    }

    /**
     * Counts an open of a gift link to this article; the link's id, or empty when the token opens nothing. One
     * statement, so no transaction of its own: it is asked on every paywalled page a metered reader opens, nearly
     * always without a token.
     */
    public Optional<Long> open(long articleId, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.open(SecretTokens.hash(token.strip()), articleId, clock.instant());
    }

    /** Remembers, for a visitor, the gift link they opened, so a registration afterwards is credited to it. */
    void remember(long giftLinkId, HttpServletRequest request, HttpServletResponse response) {
        String value = giftLinkId + "." + signer.sign("gift-cookie|" + giftLinkId);
        response.addHeader("Set-Cookie", ResponseCookie.from(properties.cookieName(), value).path("/")
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(properties.lifetime())
                .build().toString());
    }

    /** A registration on a request that carries a gift cookie is credited to that link (each member once). */
    @EventListener
    void onRegistered(MemberRegistered registered) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        Cookie[] cookies = attributes.getRequest().getCookies();
        if (cookies == null) {
            return;
        }
        Arrays.stream(cookies).filter(c -> c.getName().equals(properties.cookieName())).findFirst()
                .flatMap(c -> verifiedLinkId(c.getValue()))
                .ifPresent(link -> links.registered(registered.memberId(), link, clock.instant()));
    }

    public Totals totalsSince(Instant since) {
        return links.totals(since);
    }

    public List<ArticleGifts> topArticlesSince(Instant since, int limit) {
        return links.topArticles(since, limit);
    }

    /** The first moment of the current calendar month in the site's zone. */
    public Instant monthStart(Instant now) {
        return LocalDate.ofInstant(now, site.zone()).withDayOfMonth(1).atStartOfDay(site.zone()).toInstant();
    }

    private Optional<Long> verifiedLinkId(String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0 || !value.substring(0, dot).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        return signer.matches("gift-cookie|" + id, value.substring(dot + 1)) ? Optional.of(Long.parseLong(id))
                : Optional.empty();
    }
}
