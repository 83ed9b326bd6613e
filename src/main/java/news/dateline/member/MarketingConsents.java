package news.dateline.member;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marketing consent ("early access to discounts & offers"): kept as a history, each change with its time and way. */
@Component
class MarketingConsents {

    private final ConsentRepository consents;
    private final Clock clock;

    MarketingConsents(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    boolean given(long memberId) {
        return consents.current(memberId).map(MarketingConsent::given).orElse(false);
    }

    List<MarketingRecipient> audience(long afterId, int limit) {
        return consents.consenting(afterId, limit);
    }

    /** Records a change; setting what is already current records nothing. */
    @Transactional
    void set(long memberId, boolean given, String way) {
        if (given(memberId) != given) {
            consents.record(memberId, given, way, clock.instant());
        }
    }
}
