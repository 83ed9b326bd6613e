package news.dateline.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.OutgoingMail;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.ratelimit.RateLimiter;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives which newsletter. Members switch a newsletter on or off with one click (their verified address
 * needs no confirmation; a marketing newsletter records their consent to offers). Anyone else gives an address and
 * confirms by a mailed link before anything is sent (double opt-in); the same answer is given whether or not the
 * address is known. Every newsletter mail carries signed links to manage all subscriptions and to unsubscribe in one
 * click ({@link NewsletterLinks}).
 */
@Service
public class NewsletterSubscriptions {

    static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(2);
    static final String CONSENT_WAY = "newsletter subscription";
    private static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit(3, Duration.ofHours(1));
    private static final RateLimiter.Limit PER_IP = new RateLimiter.Limit(20, Duration.ofHours(1));

    private final NewsletterRepository newsletters;
    private final SubscriberRepository subscribers;
    private final NewsletterLinks links;
    private final Members members;
    private final MailOutbox outbox;
    private final RateLimiter limiter;
    private final SiteProperties site;
    private final Words words;
    private final Clock clock;

    NewsletterSubscriptions(NewsletterRepository newsletters, SubscriberRepository subscribers, NewsletterLinks links,
                            Members members, MailOutbox outbox, RateLimiter limiter,
                            SiteProperties site, Words words, Clock clock) {
        this.words = words;
        this.newsletters = newsletters;
        this.subscribers = subscribers;
        this.links = links;
        this.members = members;
        this.outbox = outbox;
        this.limiter = limiter;
        this.site = site;
        this.clock = clock;
    }

    /** The newsletters the member receives. */
    public Set<Long> subscribedBy(long memberId) {
        return subscribers.byMember(memberId).map(s -> subscribers.subscribedNewsletters(s.id())).orElse(Set.of());
    }

    /** A member switches one newsletter on or off. */
    @Transactional
    public SubscriptionResult setForMember(long memberId, long newsletterId, boolean on) {
        Newsletter newsletter = newsletter(newsletterId);
        Member member = members.find(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (on && !newsletter.active()) {
            return SubscriptionResult.refused(words.get("newsletters.result.not-offered", newsletter.name()));
        }
        if (on && !members.emailVerified(memberId)) {
            return SubscriptionResult.refused(words.get("newsletters.result.confirm-email-first"));
        }
        Subscriber subscriber = forMember(member);
        if (on && newsletter.marketing()) {
            members.setMarketingConsent(memberId, true, CONSENT_WAY);
        }
        subscribers.set(subscriber.id(), newsletterId, on, "member", true, clock.instant());
        return SubscriptionResult.done(on ? words.get("newsletters.result.subscribed", newsletter.name())
                : words.get("newsletters.result.unsubscribed", newsletter.name()));
    }

    /**
     * Someone not signed in asks for a newsletter at an address: a confirmation link goes to it, and nothing else
     * until it is used. The answer is the same for known and unknown addresses.
     */
    @Transactional
    public SubscriptionResult requestByEmail(String rawEmail, long newsletterId, String ip) {
        Newsletter newsletter = newsletter(newsletterId);
        String email = rawEmail == null ? "" : rawEmail.strip();
        if (!validAddress(email)) {
            return SubscriptionResult.refused(words.get("newsletters.result.invalid-email"));
        }
        if (!newsletter.active()) {
            return SubscriptionResult.refused(words.get("newsletters.result.not-offered", newsletter.name()));
        }
        if (newsletter.marketing()) {
            return SubscriptionResult.refused(words.get("newsletters.result.marketing-members-only"));
        }
        if (!limiter.hit("newsletter:ip:" + ip, PER_IP).allowed()
                || !limiter.hit("newsletter:address:" + email.toLowerCase(), PER_ADDRESS).allowed()) {
            return SubscriptionResult.refused(words.get("newsletters.result.too-many"));
        }
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.ensure(email, null, null, now);
        if (!subscribers.subscribedNewsletters(subscriber.id()).contains(newsletterId)) {
            outbox.enqueue(OutgoingMail.text(subscriber.email(),
                    words.get("mail.newsletter.confirm.subject", newsletter.name()),
                    words.get("mail.newsletter.confirm.body", newsletter.name(), site.name(),
                            links.confirmUrl(subscriber, newsletterId, now.plus(CONFIRMATION_LIFETIME)),
                            words.duration(CONFIRMATION_LIFETIME))));
        }
        return SubscriptionResult.done(words.get("newsletters.result.check-inbox", email, newsletter.name()));
    }

    /** Uses a confirmation link: the address is confirmed and subscribed to the newsletter it asked for. */
    @Transactional
    public SubscriptionResult confirm(String token) {
        Optional<Subscriber> subscriber = verified(token, 'c');
        Optional<NewsletterLinks.Token> claims = NewsletterLinks.read(token);
        if (subscriber.isEmpty() || claims.isEmpty()) {
            return SubscriptionResult.refused(words.get("newsletters.result.confirm-invalid"));
        }
        if (clock.instant().getEpochSecond() > claims.get().expiresEpochSecond()) {
            return SubscriptionResult.refused(words.get("newsletters.result.confirm-expired"));
        }
        Newsletter newsletter = newsletter(claims.get().newsletterId());
        Instant now = clock.instant();
        subscribers.set(subscriber.get().id(), newsletter.id(), true, "double opt-in", subscriber.get().confirmed(), now);
        subscribers.confirm(subscriber.get().id(), now);
        return SubscriptionResult.done(words.get("newsletters.result.confirmed", newsletter.name()));
    }

    /** The subscriber a manage link (or a one-click link) belongs to, when its signature is right. */
    public Optional<Subscriber> byToken(String token) {
        return verified(token, 'm').or(() -> verified(token, 'u'));
    }

    public Set<Long> subscriptionsOf(Subscriber subscriber) {
        return subscribers.subscribedNewsletters(subscriber.id());
    }

    /** The manage link's token for a subscriber (to offer it after a one-click unsubscribe). */
    public String manageToken(Subscriber subscriber) {
        return links.manageToken(subscriber);
    }

    /** A switch on the manage page, authorised by its manage token. */
    @Transactional
    public SubscriptionResult setWithToken(String token, long newsletterId, boolean on) {
        Subscriber subscriber = verified(token, 'm')
                .orElseThrow(() -> new NotFoundException("subscriber of a manage token"));
        Newsletter newsletter = newsletter(newsletterId);
        if (on && (!newsletter.active() || newsletter.marketing() && !consented(subscriber))) {
            return SubscriptionResult.refused(newsletter.marketing()
                    ? words.get("newsletters.result.marketing-sign-in")
                    : words.get("newsletters.result.not-offered", newsletter.name()));
        }
        boolean changed = subscribers.set(subscriber.id(), newsletterId, on, "manage link", subscriber.confirmed(),
                clock.instant());
        String name = newsletter.name();
        return SubscriptionResult.done(on
                ? changed ? words.get("newsletters.result.manage.subscribed", name)
                        : words.get("newsletters.result.manage.already-subscribed", name)
                : changed ? words.get("newsletters.result.manage.unsubscribed", name)
                        : words.get("newsletters.result.manage.already-unsubscribed", name));
    }

    /** One-click unsubscribe (RFC 8058): the token names the address and the newsletter. */
    @Transactional
    public SubscriptionResult unsubscribeOneClick(String token) {
        Optional<Subscriber> subscriber = verified(token, 'u');
        Optional<NewsletterLinks.Token> claims = NewsletterLinks.read(token);
        if (subscriber.isEmpty() || claims.isEmpty()) {
            return SubscriptionResult.refused(words.get("newsletters.unsubscribe.invalid"));
        }
        Newsletter newsletter = newsletter(claims.get().newsletterId());
        boolean changed = subscribers.set(subscriber.get().id(), newsletter.id(), false, "one-click",
                subscriber.get().confirmed(), clock.instant());
        return SubscriptionResult.done(changed ? words.get("newsletters.result.unsubscribed", newsletter.name())
                : words.get("newsletters.result.already-unsubscribed", newsletter.name()));
    }

    /** Addresses never confirmed are forgotten once their link has expired. */
    /**
     * The subscriber a test copy of an edition goes to, so its signed links work: the address's row, or a new
     * unconfirmed one (subscribed to nothing, and forgotten like any unconfirmed address).
     */
    @Transactional
    public Subscriber forTestSend(String email) {
        return subscribers.ensure(email, null, null, clock.instant());
    }

    @Scheduled(fixedDelayString = "${dateline.newsletters.purge-interval:PT1H}", initialDelayString = "PT2M")
    @Transactional
    public int forgetUnconfirmed() {
        return subscribers.deleteUnconfirmedBefore(clock.instant().minus(CONFIRMATION_LIFETIME));
    }

    /** Whether the member lets newsletters count their opens and clicks; no until they say yes. */
    public boolean tracksEngagement(long memberId) {
        return subscribers.byMember(memberId).map(s -> subscribers.engagementTracked(s.id())).orElse(false);
    }

    /** The member's choice about counting their newsletter opens and clicks, for every copy sent from now on. */
    @Transactional
    public void setEngagementTracking(long memberId, boolean tracked) {
        Member member = members.find(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (tracked) {
            subscribers.setEngagementTracked(forMember(member).id(), true);
        } else { // no address row yet means not tracked already: nothing to create
            subscribers.byMember(memberId).ifPresent(s -> subscribers.setEngagementTracked(s.id(), false));
        }
    }

    /** Whether the subscriber a manage link belongs to lets newsletters count their opens and clicks. */
    public boolean tracksEngagement(Subscriber subscriber) {
        return subscribers.engagementTracked(subscriber.id());
    }

    /**
     * The same choice made on the manage page by a reader who is not signed in (or has no account), authorised by
     * the manage token as the page's switches are.
     */
    @Transactional
    public SubscriptionResult setEngagementTrackingWithToken(String token, boolean tracked) {
        Subscriber subscriber = verified(token, 'm')
                .orElseThrow(() -> new NotFoundException("subscriber of a manage token"));
        subscribers.setEngagementTracked(subscriber.id(), tracked);
        return SubscriptionResult.done(tracked ? words.get("newsletters.tracking.saved.on")
                : words.get("newsletters.tracking.saved.off"));
    }

    /**
     * The newsletter's recipients whose copies may count opens and clicks: read once per edition when its copies
     * are rendered, so a choice made while an edition is being sent applies from the next one.
     */
    public Set<Long> engagementTracked(Newsletter newsletter) {
        return subscribers.engagementTracked(newsletter);
    }

    boolean consented(Subscriber subscriber) {
        return subscriber.memberId() != null && members.marketingConsentGiven(subscriber.memberId());
    }

    private Subscriber forMember(Member member) {
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.byMember(member.id()).orElseGet(() -> {
            Subscriber s = subscribers.ensure(member.email(), null, null, now);
            subscribers.attachMember(s.id(), member.id());
            return s;
        });
        if (!subscriber.email().equalsIgnoreCase(member.email())) {
            subscribers.changeEmail(subscriber.id(), member.email());
        }
        subscribers.confirm(subscriber.id(), now);
        return subscribers.find(subscriber.id()).orElseThrow();
    }

    private Optional<Subscriber> verified(String token, char kind) {
        return NewsletterLinks.read(token).filter(t -> t.kind() == kind)
                .flatMap(t -> subscribers.find(t.subscriberId()))
                .filter(s -> links.verified(token, s));
    }

    private Newsletter newsletter(long id) {
        return newsletters.find(id).orElseThrow(() -> new NotFoundException("newsletter " + id));
    }

    static boolean validAddress(String email) {
        if (email.length() > 254 || !email.contains("@")) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
