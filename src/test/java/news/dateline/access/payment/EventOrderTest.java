package news.dateline.access.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import news.dateline.access.Subscription.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which provider events may move a kept subscription: newer ones, not older ones, never out of a final status. */
class EventOrderTest {

    static final Instant KEPT_AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aNewerEventMovesTheStatusEitherWay() {
        assertThat(EventOrder.accepts(Status.PAST_DUE, KEPT_AT, Status.ACTIVE, KEPT_AT.plusSeconds(1))).isTrue();
        assertThat(EventOrder.accepts(Status.ACTIVE, KEPT_AT, Status.PAST_DUE, KEPT_AT.plusSeconds(1))).isTrue();
    }

    @Test
    void anOlderEventIsStale() {
        assertThat(EventOrder.accepts(Status.ACTIVE, KEPT_AT, Status.INCOMPLETE, KEPT_AT.minusSeconds(1))).isFalse();
        assertThat(EventOrder.accepts(Status.PAST_DUE, KEPT_AT, Status.ACTIVE, KEPT_AT.minusSeconds(1))).isFalse();
    }

    @Test
    void atTheSameSecondTheStatusFurtherAlongWins() {
        assertThat(EventOrder.accepts(Status.INCOMPLETE, KEPT_AT, Status.ACTIVE, KEPT_AT)).isTrue();
        assertThat(EventOrder.accepts(Status.ACTIVE, KEPT_AT, Status.INCOMPLETE, KEPT_AT)).isFalse();
        assertThat(EventOrder.accepts(Status.ACTIVE, KEPT_AT, Status.ACTIVE, KEPT_AT)).isTrue();
    }

    @Test
    void aSubscriptionFirstHeardOfAcceptsAnything() {
        assertThat(EventOrder.accepts(Status.INCOMPLETE, null, Status.INCOMPLETE, KEPT_AT)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void nothingLeavesAFinalStatus(Status incoming) {
        assertThat(EventOrder.accepts(Status.CANCELLED, KEPT_AT, incoming, KEPT_AT.plusSeconds(60))).isFalse();
        assertThat(EventOrder.accepts(Status.REFUNDED, KEPT_AT, incoming, KEPT_AT.plusSeconds(60))).isFalse();
    }
}
