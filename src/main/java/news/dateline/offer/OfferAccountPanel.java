package news.dateline.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.member.AccountPanel;
import news.dateline.member.AccountPanelContent;
import news.dateline.member.AccountPanelLine;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** The "Your offers" panel of the account page: the offers the member may use now, early-access ones marked. */
@Component
class OfferAccountPanel implements AccountPanel {

    private final Offers offers;
    private final Plans plans;
    private final OfferFormat format;
    private final Words words;

    OfferAccountPanel(Offers offers, Plans plans, OfferFormat format, Words words) {
        this.words = words;
        this.offers = offers;
        this.plans = plans;
        this.format = format;
    }

    @Override
    public Optional<AccountPanelContent> contentFor(long memberId) {
        List<Offer> visible = offers.visibleTo(memberId);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Plan> byId = plans.all().stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        Instant now = offers.now();
        Set<Long> redeemed = offers.redemptionsOf(memberId).stream().map(Redemption::offerId)
                .collect(Collectors.toSet());
        List<AccountPanelLine> lines = new ArrayList<>();
        for (Offer offer : visible) {
            String summary = format.summary(offer, byId.get(offer.planId()));
            boolean early = offer.statusAt(now) == OfferStatus.EARLY_ACCESS;
            if (redeemed.contains(offer.id())) {
                summary = early ? words.get("account.offers.line.early-redeemed", summary)
                        : words.get("account.offers.line.redeemed", summary);
            } else if (early) {
                summary = words.get("account.offers.line.early", summary);
            }
            lines.add(new AccountPanelLine(summary, "/offers/" + offer.code()));
        }
        return Optional.of(new AccountPanelContent(words.get("account.offers.title"), lines));
    }
}
