package news.dateline.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ReadingGate;
import news.dateline.article.ReadingVerdict;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Service;

/**
 * Gathers the inputs of {@link AccessPolicy} for a request (who the reader is, their meter) and stores a counted
 * read. Free articles, subscribers and staff cost no meter query; an article already counted this month is read
 * from the database without writing; only a new counted read takes the row lock in {@link MeterLedger}.
 */
@Service
public class ReadingGateService implements ReadingGate {

    private final MeterProperties meter;
    private final MeterLedger ledger;
    private final Subscriptions subscriptions;
    private final VisitorCookie cookies;
    private final SiteProperties site;
    private final Clock clock;
    private final GiftLinks gifts;

    ReadingGateService(MeterProperties meter, MeterLedger ledger, Subscriptions subscriptions, VisitorCookie cookies,
                       SiteProperties site, GiftLinks gifts, Clock clock) {
        this.gifts = gifts;
        this.meter = meter;
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.cookies = cookies;
        this.site = site;
        this.clock = clock;
    }

    @Override
    public ReadingVerdict admit(Article article, SignedInMember member, HttpServletRequest request,
                                HttpServletResponse response) {
        if (article.accessLevel() == AccessLevel.FREE) {
            return ReadingVerdict.open(meter.memberAllowance());
        }
        ArticleAccess access = new ArticleAccess(article.id(), article.accessLevel());
        Reader signedIn = member != null ? reader(member) : null;
        if (signedIn == null || signedIn.metered()) {
            // subscribers and staff read everything: a gift link is counted only when it opens the article
            Optional<Long> gift = gifts.open(article.id(), request.getParameter("gift"));
            if (gift.isPresent()) {
                if (member == null) {
                    gifts.remember(gift.get(), request, response);
                }
                Reader reader = signedIn != null ? signedIn : Reader.anonymous("gift");
                return verdict(AccessPolicy.decide(access, reader, MeterState.NONE, true), meter.memberAllowance())
                        .withGift(ReadingVerdict.Gift.RECEIVED);
            }
        }
        Reader reader = signedIn != null ? signedIn : visitor(article.accessLevel(), request, response);
        ReadingVerdict verdict = verdict(admit(access, reader), meter.memberAllowance());
        return reader.kind() == Reader.Kind.SUBSCRIBER ? verdict.withGift(ReadingVerdict.Gift.GIVABLE) : verdict;
    }

    /** The decision for this reader, counting the read when it takes a free one. */
    public AccessDecision admit(ArticleAccess article, Reader reader) {
        if (!reader.metered() || article.level() != AccessLevel.METERED) {
            return AccessPolicy.decide(article, reader, MeterState.NONE);
        }
        Instant now = clock.instant();
        LocalDate month = monthOf(now);
        int allowance = allowanceOf(reader);
        AccessDecision decision = AccessPolicy.decide(article, reader,
                ledger.state(reader.meterKey(), month, article.articleId(), allowance));
        // the count only grows within a month, so a block seen without the lock stands; a grant must be
        // taken under the lock
        return decision.countRead() ? ledger.decideAndCount(article, reader, month, allowance, now) : decision;
    }

    /** The calendar month, in the site's zone, that an instant's reads count against (its first day). */
    LocalDate monthOf(Instant instant) {
        return instant.atZone(site.zone()).toLocalDate().withDayOfMonth(1);
    }

    private int allowanceOf(Reader reader) {
        return reader.kind() == Reader.Kind.ANONYMOUS ? meter.anonymousAllowance() : meter.memberAllowance();
    }

    private Reader reader(SignedInMember member) {
        if (member.isStaff()) {
            return Reader.staff();
        }
        return switch (subscriptions.entitlementOf(member.memberId())) {
            case SUBSCRIBED -> Reader.subscriber();
            case LAPSED -> Reader.expiredSubscriber(member.memberId());
            case NONE -> Reader.member(member.memberId());
        };
    }

    /** The anonymous reader named by a valid meter cookie, or a new one (with a new cookie when it is needed). */
    private Reader visitor(AccessLevel level, HttpServletRequest request, HttpServletResponse response) {
        String value = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(meter.cookieName())).map(Cookie::getValue).findFirst().orElse(null);
        var known = cookies.verify(value);
        if (known.isPresent()) {
            return Reader.anonymous(known.get());
        }
        if (level != AccessLevel.METERED) {
            // nothing to count: no cookie, so the page stays the same for every anonymous reader
            return Reader.anonymous("none");
        }
        VisitorCookie.Issued issued = cookies.issue();
        response.addHeader("Set-Cookie", ResponseCookie.from(meter.cookieName(), issued.cookieValue())
                .path("/").httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                .maxAge(VisitorCookie.LIFETIME).build().toString());
        return Reader.anonymous(issued.visitorId());
    }

    private static ReadingVerdict verdict(AccessDecision decision, int memberAllowance) {
        int used = decision.meter() == null ? -1 : decision.meter().used();
        int allowance = decision.meter() == null ? -1 : decision.meter().allowance();
        if (decision.granted()) {
            return new ReadingVerdict(true, null, used, allowance, memberAllowance);
        }
        ReadingVerdict.Wall wall = switch (decision.blockedBecause()) {
            case REGISTER -> ReadingVerdict.Wall.REGISTER;
            case METER_EXHAUSTED -> ReadingVerdict.Wall.METER_EXHAUSTED;
            case SUBSCRIBE -> ReadingVerdict.Wall.SUBSCRIBE;
            case RENEW -> ReadingVerdict.Wall.RENEW;
        };
        return new ReadingVerdict(false, wall, used, allowance, memberAllowance);
    }
}
