package news.dateline.access;

import static news.dateline.article.AccessLevel.FREE;
import static news.dateline.article.AccessLevel.METERED;
import static news.dateline.article.AccessLevel.PREMIUM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import news.dateline.access.AccessDecision.Block;
import news.dateline.access.Subscription.Status;
import news.dateline.article.AccessLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reader kind × every access level, with the expected outcome (after Ghost's post-access.test.js). */
class AccessPolicyTest {

    private static final long ARTICLE = 7;

    /** A reader in a given meter state, named for the table. */
    record Case(String name, Reader reader, MeterState meter) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Case ANONYMOUS_NEW = new Case("anonymous, new", Reader.anonymous("v1"), MeterState.of(0, 3, false));
    static final Case ANONYMOUS_AT_LIMIT = new Case("anonymous at the limit", Reader.anonymous("v2"),
            MeterState.of(3, 3, false));
    static final Case ANONYMOUS_REREADING = new Case("anonymous at the limit, re-reading", Reader.anonymous("v3"),
            MeterState.of(3, 3, true));
    static final Case MEMBER_UNDER = new Case("member under the limit", Reader.member(1), MeterState.of(3, 10, false));
    static final Case MEMBER_LAST_ONE = new Case("member with one left", Reader.member(2), MeterState.of(9, 10, false));
    static final Case MEMBER_AT_LIMIT = new Case("member at the limit", Reader.member(3), MeterState.of(10, 10, false));
    static final Case MEMBER_REREADING = new Case("member at the limit, re-reading", Reader.member(4),
            MeterState.of(10, 10, true));
    static final Case SUBSCRIBER = new Case("subscriber", Reader.subscriber(), MeterState.NONE);
    static final Case EXPIRED_UNDER = new Case("expired subscriber under the limit", Reader.expiredSubscriber(5),
            MeterState.of(2, 10, false));
    static final Case EXPIRED_AT_LIMIT = new Case("expired subscriber at the limit", Reader.expiredSubscriber(6),
            MeterState.of(10, 10, false));
    static final Case EDITOR = new Case("editor", Reader.staff(), MeterState.NONE);

    /** Expected: granted?, counted?, why blocked, meter used shown (-1: no meter line). */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row(ANONYMOUS_NEW, FREE, true, false, null, -1),
                row(ANONYMOUS_NEW, METERED, true, true, null, 1),
                row(ANONYMOUS_NEW, PREMIUM, false, false, Block.SUBSCRIBE, -1),
                row(ANONYMOUS_AT_LIMIT, FREE, true, false, null, -1),
                row(ANONYMOUS_AT_LIMIT, METERED, false, false, Block.REGISTER, 3),
                row(ANONYMOUS_AT_LIMIT, PREMIUM, false, false, Block.SUBSCRIBE, -1),
                row(ANONYMOUS_REREADING, METERED, true, false, null, 3),
                row(MEMBER_UNDER, FREE, true, false, null, -1),
                row(MEMBER_UNDER, METERED, true, true, null, 4),
                row(MEMBER_UNDER, PREMIUM, false, false, Block.SUBSCRIBE, -1),
                row(MEMBER_LAST_ONE, METERED, true, true, null, 10),
                row(MEMBER_AT_LIMIT, FREE, true, false, null, -1),
                row(MEMBER_AT_LIMIT, METERED, false, false, Block.METER_EXHAUSTED, 10),
                row(MEMBER_AT_LIMIT, PREMIUM, false, false, Block.SUBSCRIBE, -1),
                row(MEMBER_REREADING, METERED, true, false, null, 10),
                row(SUBSCRIBER, FREE, true, false, null, -1),
                row(SUBSCRIBER, METERED, true, false, null, -1),
                row(SUBSCRIBER, PREMIUM, true, false, null, -1),
                row(EXPIRED_UNDER, FREE, true, false, null, -1),
                row(EXPIRED_UNDER, METERED, true, true, null, 3),
                row(EXPIRED_UNDER, PREMIUM, false, false, Block.RENEW, -1),
                row(EXPIRED_AT_LIMIT, FREE, true, false, null, -1),
                row(EXPIRED_AT_LIMIT, METERED, false, false, Block.RENEW, 10),
                row(EXPIRED_AT_LIMIT, PREMIUM, false, false, Block.RENEW, -1),
                row(EDITOR, FREE, true, false, null, -1),
                row(EDITOR, METERED, true, false, null, -1),
                row(EDITOR, PREMIUM, true, false, null, -1));
    }

    private static Arguments row(Case reader, AccessLevel level, boolean granted, boolean counted, Block why,
                                 int used) {
        return Arguments.of(reader, level, granted, counted, why, used);
    }

    @ParameterizedTest(name = "{0} × {1}: granted={2} counted={3} blocked={4} used={5}")
    @MethodSource("matrix")
    void decides(Case reader, AccessLevel level, boolean granted, boolean counted, Block why, int used) {
        AccessDecision decision = AccessPolicy.decide(new ArticleAccess(ARTICLE, level), reader.reader(),
                reader.meter());

        assertThat(decision.granted()).as("granted").isEqualTo(granted);
        assertThat(decision.countRead()).as("counted").isEqualTo(counted);
        assertThat(decision.blockedBecause()).as("why blocked").isEqualTo(why);
        assertThat(decision.meter() == null ? -1 : decision.meter().used()).as("meter used").isEqualTo(used);
    }

    static Stream<Arguments> everyReaderAndLevel() {
        return matrix().map(a -> Arguments.of(a.get()[0], a.get()[1]));
    }

    @ParameterizedTest(name = "{0} × {1} with a gift link: read whole, nothing counted")
    @MethodSource("everyReaderAndLevel")
    void aGiftLinkOpensItsArticleWholeWithoutTheMeter(Case reader, AccessLevel level) {
        AccessDecision decision = AccessPolicy.decide(new ArticleAccess(ARTICLE, level), reader.reader(),
                reader.meter(), true);

        assertThat(decision.granted()).isTrue();
        assertThat(decision.countRead()).isFalse();
        assertThat(decision.blockedBecause()).isNull();
    }

    @Test
    void everyReaderKindMeetsEveryAccessLevel() {
        var covered = matrix().map(a -> ((Case) a.get()[0]).reader().kind() + "×" + a.get()[1])
                .collect(java.util.stream.Collectors.toSet());
        for (Reader.Kind kind : Reader.Kind.values()) {
            for (AccessLevel level : AccessLevel.values()) {
                assertThat(covered).contains(kind + "×" + level);
            }
        }
    }

    @Test
    void eleventhStoryInAMonthIsBlockedAndTheMeterSaysSo() {
        AccessDecision decision = AccessPolicy.decide(new ArticleAccess(ARTICLE, METERED), Reader.member(9),
                MeterState.of(10, 10, false));
        assertThat(decision.meter()).isEqualTo(new AccessDecision.Meter(10, 10));
        assertThat(decision.meter().remaining()).isZero();
    }

    @Test
    void aLargerAllowanceIsHonoured() {
        AccessDecision decision = AccessPolicy.decide(new ArticleAccess(ARTICLE, METERED), Reader.member(9),
                MeterState.of(10, 25, false));
        assertThat(decision.granted()).isTrue();
        assertThat(decision.meter().used()).isEqualTo(11);
    }

    // Who counts as a subscriber: every subscription status × where the moment falls, with the expected entitlement
    // (SUBSCRIBED reads everything; LAPSED is metered and asked to renew; NONE is metered as a member).

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration GRACE = Duration.ofDays(7);
    static final Duration DAY = Duration.ofDays(1);

    /** A subscription in some state, named for the table. */
    record Held(String name, Subscription subscription) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Held complimentary(String name, Status status, Instant endsAt) {
        return new Held(name, new Subscription(1, 1, null, status, Subscription.COMPLIMENTARY,
                NOW.minus(DAY.multipliedBy(30)), endsAt, null, null, null, null,
                status == Status.CANCELLED ? NOW.minus(DAY) : null, NOW,
                Subscription.Paid.NONE));
    }

    static Held paid(String name, Status status, boolean cancelAtPeriodEnd, Instant periodEnd, Instant pastDueSince) {
        return new Held(name, new Subscription(1, 1, 3L, status, "STRIPE", NOW.minus(DAY.multipliedBy(30)), null,
                "cus_1", "sub_1", null, null, status.isFinal() ? NOW.minus(DAY) : null, NOW,
                new Subscription.Paid(cancelAtPeriodEnd, periodEnd, pastDueSince, 29900L, "INR", null, NOW, null)));
    }

    static Stream<Arguments> subscriptions() {
        Instant soon = NOW.plus(DAY);
        Instant past = NOW.minus(DAY);
        return Stream.of(
                held(complimentary("complimentary, open-ended", Status.ACTIVE, null), Entitlement.SUBSCRIBED),
                held(complimentary("complimentary, until tomorrow", Status.ACTIVE, soon), Entitlement.SUBSCRIBED),
                held(complimentary("complimentary, ended yesterday", Status.ACTIVE, past), Entitlement.LAPSED),
                held(complimentary("complimentary, cancelled", Status.CANCELLED, past), Entitlement.LAPSED),
                held(paid("paid, active", Status.ACTIVE, false, soon, null), Entitlement.SUBSCRIBED),
                held(paid("paid, active, renewal overdue (no webhook yet)", Status.ACTIVE, false, past, null),
                        Entitlement.SUBSCRIBED),
                held(paid("paid, cancel at period end, before it", Status.ACTIVE, true, soon, null),
                        Entitlement.SUBSCRIBED),
                held(paid("paid, cancel at period end, after it", Status.ACTIVE, true, past, null),
                        Entitlement.LAPSED),
                held(paid("trialing", Status.TRIALING, false, soon, null), Entitlement.SUBSCRIBED),
                held(paid("trialing, cancel at period end, after it", Status.TRIALING, true, past, null),
                        Entitlement.LAPSED),
                held(paid("past due for a day", Status.PAST_DUE, false, soon, past), Entitlement.SUBSCRIBED),
                held(paid("past due for 6 days 23 hours", Status.PAST_DUE, false, soon,
                        NOW.minus(GRACE).plusSeconds(3600)), Entitlement.SUBSCRIBED),
                held(paid("past due for exactly the grace period", Status.PAST_DUE, false, soon, NOW.minus(GRACE)),
                        Entitlement.LAPSED),
                held(paid("past due for 8 days", Status.PAST_DUE, false, soon, NOW.minus(DAY.multipliedBy(8))),
                        Entitlement.LAPSED),
                held(paid("unpaid (retries exhausted)", Status.UNPAID, false, soon, null), Entitlement.LAPSED),
                held(paid("ended by the provider", Status.CANCELLED, false, soon, null), Entitlement.LAPSED),
                held(paid("refunded", Status.REFUNDED, false, soon, null), Entitlement.LAPSED),
                held(paid("checkout not paid yet", Status.INCOMPLETE, false, null, null), Entitlement.NONE));
    }

    private static Arguments held(Held held, Entitlement expected) {
        return Arguments.of(held, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("subscriptions")
    void subscriptionStatesEntitle(Held held, Entitlement expected) {
        assertThat(AccessPolicy.entitlement(List.of(held.subscription()), NOW, GRACE)).isEqualTo(expected);
        assertThat(held.subscription().currentAt(NOW, GRACE)).isEqualTo(expected == Entitlement.SUBSCRIBED);
    }

    @Test
    void everySubscriptionStatusIsInTheMatrix() {
        var covered = subscriptions().map(a -> ((Held) a.get()[0]).subscription().status())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(Status.values());
    }

    @Test
    void oneCurrentSubscriptionAmongEndedOnesIsEnough() {
        var ended = paid("refunded", Status.REFUNDED, false, NOW, null).subscription();
        var current = paid("active", Status.ACTIVE, false, NOW.plus(DAY), null).subscription();
        assertThat(AccessPolicy.entitlement(List.of(ended, current), NOW, GRACE)).isEqualTo(Entitlement.SUBSCRIBED);
        assertThat(AccessPolicy.entitlement(List.of(), NOW, GRACE)).isEqualTo(Entitlement.NONE);
    }

    @Test
    void aSubscriptionStartingLaterDoesNotEntitleYet() {
        var later = new Subscription(1, 1, null, Status.ACTIVE, Subscription.COMPLIMENTARY, NOW.plus(DAY), null, null,
                null, null, null, null, NOW, Subscription.Paid.NONE);
        assertThat(AccessPolicy.entitlement(List.of(later), NOW, GRACE)).isEqualTo(Entitlement.LAPSED);
    }
}
