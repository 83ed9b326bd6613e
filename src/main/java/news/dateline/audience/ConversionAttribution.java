package news.dateline.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.access.SubscriptionGranted;
import news.dateline.member.MemberRegistered;
import news.dateline.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records registrations and subscriptions with the article that brought them: the last article the reader viewed
 * before. A new member was anonymous until now, so for a registration that is the last article viewed today by
 * the same visitor hash (address and browser under today's salt; none under GPC/DNT, and nothing across days). A
 * subscriber was signed in, so for a subscription it is the last article they viewed as a member in the last 30
 * days. Recorded after the registration or subscription commits, never holding it up or undoing it.
 */
@Component
class ConversionAttribution {

    private static final Logger log = LoggerFactory.getLogger(ConversionAttribution.class);
    static final Duration SUBSCRIPTION_LOOKBACK = Duration.ofDays(30);

    private final AudienceRepository repository;
    private final VisitorHashes hashes;
    private final PageViewWriter writer;
    private final SiteProperties site;
    private final Clock clock;

    ConversionAttribution(AudienceRepository repository, VisitorHashes hashes, PageViewWriter writer,
                          SiteProperties site, Clock clock) {
        this.repository = repository;
        this.hashes = hashes;
        this.writer = writer;
        this.site = site;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onRegistered(MemberRegistered registered) {
        Instant now = clock.instant();
        Optional<Long> article = Optional.empty();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            boolean privately = "1".equals(request.getHeader("Sec-GPC")) || "1".equals(request.getHeader("DNT"));
            if (!privately) {
                writer.flush(); // the page read just before may still wait in the buffer
                article = repository.lastArticleOfVisitor(LocalDate.ofInstant(now, site.zone()),
                        hashes.hash(request.getRemoteAddr(), request.getHeader("User-Agent")));
            }
        }
        record(registered.memberId(), "registered", now, article);
    }

    @TransactionalEventListener
    void onSubscribed(SubscriptionGranted granted) {
        Instant now = clock.instant();
        writer.flush();
        record(granted.memberId(), "subscribed", now,
                repository.lastArticleOfMember(granted.memberId(), now.minus(SUBSCRIPTION_LOOKBACK)));
    }

    private void record(long memberId, String kind, Instant at, Optional<Long> article) {
        try {
            repository.convert(memberId, kind, at, article.orElse(null));
        } catch (RuntimeException failed) {
            log.warn("Conversion of member {} ({}) not recorded: {}", memberId, kind, failed.toString());
        }
    }
}
