package news.dateline.offer;

import news.dateline.member.MemberDataContributor;
import news.dateline.member.MemberDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member's redemptions in their data export ({@code offerRedemptions}); on purge the pending ones go, while
 * applied ones stay with the subscription they priced (the member row itself stays, anonymous).
 */
@Component
class OfferMemberData implements MemberDataContributor {

    private final OfferRepository repository;

    OfferMemberData(OfferRepository repository) {
        this.repository = repository;
    }

    @Override
    public String exportName() {
        return "offerRedemptions";
    }

    @Override
    public Object exportData(long memberId) {
        return repository.redemptionsOf(memberId).stream().map(r -> new RedemptionExport(
                repository.find(r.offerId()).map(Offer::code).orElse(null), r.status().name(), r.redeemedAt()
                .toString(), r.appliedAt() == null ? null : r.appliedAt().toString(), r.priceBeforeMinor(),
                r.priceAfterMinor(), r.periods())).toList();
    }

    @EventListener
    void onMemberDeleted(MemberDeleted deleted) {
        repository.deletePending(deleted.memberId());
    }
}
