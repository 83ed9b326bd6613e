package news.dateline.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.database.ChangeFeed;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' subscriptions: what they are entitled to, the newsroom's complimentary grants and cancellations.
 * Paid subscriptions will arrive from a payment provider (source and provider ids); nothing here pretends to take
 * payment. Siblings: {@link Plans} (what can be subscribed to), {@link ReadingGateService} (uses the entitlement).
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
    // every signed-in page view asks; a member's subscriptions change rarely, and every change is announced
    private final Cache<Long, List<Subscription>> byMember = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    Subscriptions(SubscriptionRepository repository, Plans plans, ChangeFeed changes, Clock clock, SiteProperties site,
                  ApplicationEventPublisher events) {
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
        List<Subscription> subscriptions = byMember.get(memberId, repository::ofMember);
        Instant now = clock.instant();
        if (subscriptions.stream().anyMatch(s -> s.currentAt(now))) {
            return Entitlement.SUBSCRIBED;
        }
        return subscriptions.isEmpty() ? Entitlement.NONE : Entitlement.LAPSED;
    }

    /** The member's subscriptions, latest first. */
    public List<Subscription> ofMember(long memberId) {
        return repository.ofMember(memberId);
    }

    /** The subscription that entitles the member now, if any. */
    public Optional<Subscription> current(long memberId) {
        Instant now = clock.instant();
        return repository.ofMember(memberId).stream().filter(s -> s.currentAt(now)).findFirst();
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
                .filter(s -> s.currentAt(now)).findFirst();
        if (existing.isPresent()) {
            throw new SubscriptionException("This member already has a current subscription"
                    + (existing.get().endsAt() == null ? "." : " until " + LocalDate.ofInstant(
                    existing.get().endsAt().minusNanos(1), site.zone()) + ".") + " Cancel it first.");
        }
        long id = repository.insert(grant.memberId(), grant.planId(), Subscription.COMPLIMENTARY, now, ends,
                grant.grantedBy(), grant.note(), now);
        events.publishEvent(new SubscriptionGranted(id, grant.memberId(), grant.planId()));
        changes.publish(TOPIC, Long.toString(grant.memberId()));
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
        changes.publish(TOPIC, Long.toString(subscription.memberId()));
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
