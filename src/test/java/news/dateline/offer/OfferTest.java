package news.dateline.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import org.junit.jupiter.api.Test;

/** An offer's status over time, who it is open to, its price after the discount, and the checks on its terms. */
class OfferTest {

    static final Instant EARLY = Instant.parse("2026-12-01T03:30:00Z");
    static final Instant PUBLIC = EARLY.plus(Duration.ofDays(2));
    static final Instant END = PUBLIC.plus(Duration.ofDays(7));
    static final Plan PLAN = new Plan(1, "Digital", 29900, "INR", BillingInterval.MONTH, "", true, null, null);

    @Test
    void statusFollowsTheDatesAndWithdrawalWins() {
        Offer offer = offer(DiscountKind.PERCENT, 20, null);
        assertThat(offer.statusAt(EARLY.minusSeconds(1))).isEqualTo(OfferStatus.SCHEDULED);
        assertThat(offer.statusAt(EARLY)).isEqualTo(OfferStatus.EARLY_ACCESS);
        assertThat(offer.statusAt(PUBLIC)).isEqualTo(OfferStatus.PUBLIC);
        assertThat(offer.statusAt(END)).isEqualTo(OfferStatus.ENDED);
        assertThat(offer(DiscountKind.PERCENT, 20, EARLY).statusAt(PUBLIC)).isEqualTo(OfferStatus.WITHDRAWN);
    }

    @Test
    void earlyAccessIsOpenOnlyWithMarketingConsentAndPublicToEveryone() {
        Offer offer = offer(DiscountKind.PERCENT, 20, null);
        assertThat(offer.openTo(true, EARLY)).isTrue();
        assertThat(offer.openTo(false, EARLY)).isFalse();
        assertThat(offer.openTo(false, PUBLIC)).isTrue();
        assertThat(offer.openTo(true, END)).isFalse();
        assertThat(offer.openTo(true, EARLY.minusSeconds(1))).isFalse();
    }

    @Test
    void priceAfterTakesThePercentageOrTheAmountOff() {
        assertThat(offer(DiscountKind.PERCENT, 20, null).priceAfter(29900)).isEqualTo(23920);
        assertThat(offer(DiscountKind.PERCENT, 100, null).priceAfter(29900)).isZero();
        assertThat(offer(DiscountKind.FIXED, 10000, null).priceAfter(29900)).isEqualTo(19900);
    }

    @Test
    void termsAreCheckedAgainstThePlan() {
        assertThat(terms(DiscountKind.PERCENT, 20, null, "SPRING-26", EARLY).problem(PLAN)).isNull();
        assertThat(terms(DiscountKind.FIXED, 29899, "inr", "SPRING-26", EARLY).problem(PLAN)).isNull();
        assertThat(terms(DiscountKind.FIXED, 29900, "INR", "SPRING-26", EARLY).problem(PLAN))
                .startsWith("Discount: a fixed discount must be more than zero and less than");
        assertThat(terms(DiscountKind.FIXED, 100, "USD", "SPRING-26", EARLY).problem(PLAN))
                .isEqualTo("Discount: a fixed discount must be in the plan's currency, INR.");
        assertThat(terms(DiscountKind.PERCENT, 101, null, "SPRING-26", EARLY).problem(PLAN))
                .startsWith("Discount: a percentage");
        assertThat(terms(DiscountKind.PERCENT, 20, null, "spring 26", EARLY).problem(PLAN)).startsWith("Code:");
        assertThat(terms(DiscountKind.PERCENT, 20, null, "SPRING-26", PUBLIC.plusSeconds(1)).problem(PLAN))
                .startsWith("Early-access start:");
        assertThat(terms(DiscountKind.PERCENT, 20, null, "SPRING-26", PUBLIC).problem(PLAN)).isNull();
        assertThat(terms(DiscountKind.PERCENT, 20, null, "SPRING-26", EARLY).problem(null)).startsWith("Plan:");
    }

    private static Offer offer(DiscountKind kind, long value, Instant withdrawn) {
        return new Offer(1, PLAN.id(), "Spring", kind, value, 3, "SPRING-26", EARLY, PUBLIC, END, withdrawn, null,
                EARLY, null, null);
    }

    private static OfferTerms terms(DiscountKind kind, long value, String currency, String code, Instant early) {
        return new OfferTerms(PLAN.id(), "Spring", kind, value, currency, 3, code, early, PUBLIC, END);
    }
}
