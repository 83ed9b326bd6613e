package news.dateline.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.SubscriptionGranted;
import news.dateline.member.Members;
import news.dateline.site.NotFoundException;
import news.dateline.site.Words;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of offers: the newsroom's create, edit and withdraw; which offers a member may see; redeeming a code;
 * applying a pending redemption to the subscription created for the member. Siblings: {@link EarlyAccessMailer},
 * {@link OfferAccountPanel}.
 */
@Service
public class Offers {

    private final OfferRepository repository;
    private final Plans plans;
    private final Members accounts;
    private final Words words;
    private final Clock clock;

    Offers(OfferRepository repository, Plans plans, Members accounts, Words words, Clock clock) {
        this.words = words;
        this.repository = repository;
        this.plans = plans;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<Offer> all() {
        return repository.all();
    }

    public Optional<Offer> find(long id) {
        return repository.find(id);
    }

    /** Redemptions per offer id: [pending, applied]. */
    public Map<Long, long[]> redemptionCounts() {
        return repository.redemptionCounts();
    }

    public Instant now() {
        return clock.instant();
    }

    /** @throws OfferException naming the field that is wrong, or the code that is taken */
    @Transactional
    public Offer create(OfferTerms terms) {
        check(terms);
        try {
            return repository.find(repository.insert(terms, clock.instant())).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw codeTaken(terms);
        }
    }

    /**
     * @throws OfferException naming the field that is wrong, the code that is taken, or the redemptions that hold
     *                        the plan: members redeemed the offer for that plan, so it can no longer change
     */
    @Transactional
    public Offer update(long id, OfferTerms terms) {
        check(terms);
        // the row lock waits for redemptions being made now (they share-lock the offer), so the count is final
        long plan = repository.lockForChange(id).orElseThrow(() -> new NotFoundException("offer " + id));
        if (plan != terms.planId()) {
            long redeemed = repository.redemptionCount(id);
            if (redeemed > 0) {
                throw new OfferException("Plan: " + redeemed + (redeemed == 1 ? " member has" : " members have")
                        + " redeemed this offer for its plan, so the plan cannot change; withdraw it and create a"
                        + " new offer instead.");
            }
        }
        try {
            if (!repository.update(id, terms)) {
                throw new NotFoundException("offer " + id);
            }
        } catch (DuplicateKeyException e) {
            throw codeTaken(terms);
        }
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public void withdraw(long id) {
        if (!repository.withdraw(id, clock.instant())) {
            throw new OfferException("That offer is already withdrawn.");
        }
    }

    /** The offers this viewer may see now: public ones, and early-access ones for members with consent. */
    public List<Offer> visibleTo(Long memberId) {
        Instant now = clock.instant();
        boolean consent = memberId != null && accounts.marketingConsentGiven(memberId);
        return repository.running(now).stream().filter(o -> o.openTo(consent, now)).toList();
    }

    /**
     * The offer a code names, as this viewer may see it: open offers, and ended ones (so the page can say when it
     * ended). Scheduled, withdrawn and, without consent, early-access offers are not found: no hint they exist.
     */
    public Optional<Offer> lookUp(String code, Long memberId) {
        Instant now = clock.instant();
        return repository.findByCode(code).filter(o -> o.statusAt(now) == OfferStatus.ENDED
                || o.openTo(memberId != null && accounts.marketingConsentGiven(memberId), now));
    }

    /**
     * Records the member's redemption of a code, PENDING until a subscription on the offer's plan is created.
     *
     * @throws OfferException when the code is unknown, not open to the member, ended, withdrawn or already redeemed
     */
    @Transactional
    public Redemption redeem(long memberId, String code) {
        Instant now = clock.instant();
        Offer offer = repository.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new OfferException(words.get("offer.error.unknown-code", code)));
        switch (offer.statusAt(now)) {
            case WITHDRAWN -> throw new OfferException(words.get("offer.error.withdrawn", offer.code()));
            case ENDED -> throw new OfferException(words.get("offer.error.ended", offer.endsAt()));
            case SCHEDULED -> throw new OfferException(words.get("offer.error.unknown-code", code));
            case EARLY_ACCESS -> {
                if (!accounts.marketingConsentGiven(memberId)) {
                    throw new OfferException(words.get("offer.error.early-access", offer.publicStartsAt()));
                }
            }
            case PUBLIC -> { }
        }
        long id = repository.insertPending(offer.id(), memberId, now)
                .orElseThrow(() -> new OfferException(words.get("offer.error.already-redeemed", offer.code())));
        return repository.redemptionsOf(memberId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    public List<Redemption> redemptionsOf(long memberId) {
        return repository.redemptionsOf(memberId);
    }

    /**
     * A subscription was created (in this transaction): the member's pending redemption of an offer on its plan is
     * applied to it, with the prices at this moment, so the redemption and the subscription commit together.
     */
    @EventListener
    void onSubscriptionGranted(SubscriptionGranted granted) {
        if (granted.planId() == null || (granted.paid() && granted.offerId() == null)) {
            return; // paid at the full price: the member's redeemed offer stays pending
        }
        Plan plan = plans.find(granted.planId()).orElseThrow();
        (granted.paid() ? repository.lockPendingOf(granted.memberId(), granted.offerId())
                : repository.lockPending(granted.memberId(), plan.id())).ifPresent(pending -> {
            Offer offer = repository.find(pending.offerId()).orElseThrow();
            repository.apply(pending.id(), granted.subscriptionId(), plan.priceMinor(),
                    offer.priceAfter(plan.priceMinor()), offer.periods(), clock.instant());
        });
    }

    private void check(OfferTerms terms) {
        String problem = terms.problem(plans.find(terms.planId()).orElse(null));
        if (problem != null) {
            throw new OfferException(problem);
        }
    }

    private static OfferException codeTaken(OfferTerms terms) {
        return new OfferException("Code: another offer already uses " + terms.code().strip()
                + " (codes are the same whatever the case).");
    }
}
