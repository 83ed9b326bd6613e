package news.dateline.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import news.dateline.access.payment.PaymentProperties;
import news.dateline.database.ChangeFeed;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' subscriptions: what they are entitled to, the newsroom's complimentary grants and cancellations.
 * Paid subscriptions arrive from a payment provider's webhooks ({@code access/payment}, which announces each change
 * through {@link #announceChange}); nothing here takes payment. Siblings: {@link Plans} (what can be subscribed to),
 * {@link ReadingGateService} (uses the entitlement).
 */
@Service
public class Subscriptions {

    private static final String TOPIC = "subscription";

    private final SubscriptionRepository repository;
    private final Plans plans;
    private final ChangeFeed changes;
    private final Clock clock;
    private final SiteProperties site;
    private final ApplicationEventPublisher events;
    private final Duration grace;
    // every signed-in page view asks; a member's subscriptions change rarely, and every change is announced
    private final Cache<Long, List<Subscription>> byMember = Caffeine.newBuilder().recordStats()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    Subscriptions(SubscriptionRepository repository, Plans plans, ChangeFeed changes, Clock clock, SiteProperties site,
                  ApplicationEventPublisher events, PaymentProperties payments, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, byMember, "access.subscriptions");
        this.grace = payments.gracePeriod();
        this.events = events;
        this.repository = repository;
        this.plans = plans;
        this.changes = changes;
        this.clock = clock;
        this.site = site;
        changes.subscribe(TOPIC, member -> byMember.invalidate(Long.parseLong(member)));
        changes.onReset(byMember::invalidateAll);
    }

    /** What the member may read now; from the node's cache, which every grant and cancellation clears. */
    public Entitlement entitlementOf(long memberId) {
        return AccessPolicy.entitlement(byMember.get(memberId, repository::ofMember), clock.instant(), grace);
    }

    /** Whether this subscription entitles its member now (past-due ones within the grace period). */
    public boolean isCurrent(Subscription subscription) {
        return subscription.currentAt(clock.instant(), grace);
    }

    /**
     * Tells every node, when the current transaction commits, that this member's subscriptions changed, so their
     * entitlement is read afresh. Whoever writes a subscription row calls it in the writing transaction.
     */
    public void announceChange(long memberId) {
        changes.publish(TOPIC, Long.toString(memberId));
    }

    /** The member's subscriptions, latest first. */
    public List<Subscription> ofMember(long memberId) {
        return repository.ofMember(memberId);
    }

    /** The subscription that entitles the member now, if any. */
    public Optional<Subscription> current(long memberId) {
        Instant now = clock.instant();
        return repository.ofMember(memberId).stream().filter(s -> s.currentAt(now, grace)).findFirst();
    }

    /**
     * Page {@code page} (from 1) of the subscriptions the filter matches, latest first: up to {@code pageSize} and
     * one more when there is a next page.
     */
    public List<Subscription> search(SubscriptionFilter filter, int page, int pageSize) {
        return repository.search(filter, clock.instant(), (page - 1) * pageSize, pageSize + 1);
    }

    /** The offer ids subscriptions were bought with. */
    public List<Long> offersUsed() {
        return repository.offersUsed();
    }

    public List<Subscription> recent(int limit) {
        return repository.recent(limit);
    }

    /**
     * Grants a complimentary subscription from now until the end of {@code endsOn} in the site's zone.
     *
     * @throws SubscriptionException when the date is not in the future, the plan is unknown, or the member already
     *                               has a current subscription (checked under a lock, so two editors cannot both
     *                               grant one)
     */
    @Transactional
    public Subscription grantComplimentary(ComplimentaryGrant grant) {
        Instant now = clock.instant();
        Instant ends = grant.endsOn().plusDays(1).atStartOfDay(site.zone()).toInstant();
        if (!ends.isAfter(now) || grant.endsOn().isBefore(LocalDate.ofInstant(now, site.zone()))) {
            throw new SubscriptionException("The end date must be today or later.");
        }
        if (grant.planId() != null && plans.find(grant.planId()).isEmpty()) {
            throw new SubscriptionException("There is no such plan.");
        }
        repository.lockMember(grant.memberId());
        Optional<Subscription> existing = repository.ofMember(grant.memberId()).stream()
                .filter(s -> s.currentAt(now, grace)).findFirst();
        if (existing.isPresent()) {
            throw new SubscriptionException("This member already has a current subscription"
                    + (existing.get().endsAt() == null ? "." : " until " + LocalDate.ofInstant(
                    existing.get().endsAt().minusNanos(1), site.zone()) + ".") + " Cancel it first.");
        }
        long id = repository.insert(grant.memberId(), grant.planId(), Subscription.COMPLIMENTARY, now, ends,
                grant.grantedBy(), grant.note(), now);
        events.publishEvent(SubscriptionGranted.complimentary(id, grant.memberId(), grant.planId()));
        announceChange(grant.memberId());
        return repository.find(id).orElseThrow();
    }

    /** Cancels a subscription with immediate effect. */
    @Transactional
    public void cancel(long subscriptionId) {
        Subscription subscription = repository.find(subscriptionId)
                .orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
        if (!repository.cancel(subscription.id(), clock.instant())) {
            throw new SubscriptionException("That subscription is already cancelled.");
        }
        announceChange(subscription.memberId());
    }

    /**
     * A complimentary subscription to grant.
     *
     * @param planId  the plan it stands for, or null
     * @param endsOn  last day of the entitlement, in the site's zone
     */
    public record ComplimentaryGrant(long memberId, Long planId, LocalDate endsOn, Long grantedBy, String note) {
    }

    /** A grant or cancellation that cannot be made; the message says why, for the newsroom. */
    public static class SubscriptionException extends RuntimeException {
        public SubscriptionException(String message) {
            super(message);
        }
    }
}
