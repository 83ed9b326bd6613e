package news.dateline.access.payment;

import static news.dateline.access.Subscription.Status.ACTIVE;
import static news.dateline.access.Subscription.Status.CANCELLED;
import static news.dateline.access.Subscription.Status.INCOMPLETE;
import static news.dateline.access.Subscription.Status.PAST_DUE;
import static news.dateline.access.Subscription.Status.REFUNDED;
import static news.dateline.access.Subscription.Status.TRIALING;
import static news.dateline.access.Subscription.Status.UNPAID;
import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.access.Subscription.Status;
import org.junit.jupiter.api.Test;

/** Which change is which mail: started, payment failed, cancelled at period end, ended. */
class PaidSubscriptionChangedTest {

    @Test
    void aSubscriptionStartsWhenItFirstReads() {
        assertThat(change(null, ACTIVE, false, false).started()).isTrue();
        assertThat(change(INCOMPLETE, TRIALING, false, false).started()).isTrue();
        assertThat(change(PAST_DUE, ACTIVE, false, false).started()).isFalse();
        assertThat(change(null, INCOMPLETE, false, false).started()).isFalse();
    }

    @Test
    void aPaymentFailsWhenItFallsPastDue() {
        assertThat(change(ACTIVE, PAST_DUE, false, false).paymentFailed()).isTrue();
        assertThat(change(PAST_DUE, PAST_DUE, true, false).paymentFailed()).isFalse();
    }

    @Test
    void cancellingForThePeriodsEndIsConfirmedOnlyWhenItIsNewlySet() {
        assertThat(change(ACTIVE, ACTIVE, true, false).cancelledAtPeriodEnd()).isTrue();
        assertThat(change(PAST_DUE, ACTIVE, true, true).cancelledAtPeriodEnd()).isFalse();
        assertThat(change(ACTIVE, ACTIVE, false, true).cancelledAtPeriodEnd()).isFalse();
        assertThat(change(ACTIVE, CANCELLED, true, false).cancelledAtPeriodEnd()).isFalse();
    }

    @Test
    void aStartedSubscriptionEndsWhenCancelledRefundedOrUnpaid() {
        assertThat(change(ACTIVE, CANCELLED, true, true).ended()).isTrue();
        assertThat(change(TRIALING, REFUNDED, false, false).ended()).isTrue();
        assertThat(change(PAST_DUE, UNPAID, false, false).ended()).isTrue();
        assertThat(change(INCOMPLETE, CANCELLED, false, false).ended()).isFalse();
        assertThat(change(null, CANCELLED, false, false).ended()).isFalse();
        assertThat(change(UNPAID, CANCELLED, false, false).ended()).isFalse();
    }

    private static PaidSubscriptionChanged change(Status previous, Status current, boolean cancelAtEnd,
                                                  boolean wasCancelAtEnd) {
        return new PaidSubscriptionChanged(1, 2, Provider.STRIPE, previous, current, cancelAtEnd, "t", "evt_1",
                wasCancelAtEnd);
    }
}
