package news.dateline.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import news.dateline.member.AccountPanel;
import news.dateline.member.AccountPanelContent;
import news.dateline.member.AccountPanelLine;
import org.springframework.stereotype.Component;

/** The "Your newsletters" panel of the account page: what the member receives, and where to change it. */
@Component
class NewsletterAccountPanel implements AccountPanel {

    private final Newsletters newsletters;
    private final NewsletterSubscriptions subscriptions;

    NewsletterAccountPanel(Newsletters newsletters, NewsletterSubscriptions subscriptions) {
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
    }

    @Override
    public Optional<AccountPanelContent> contentFor(long memberId) {
        Set<Long> mine = subscriptions.subscribedBy(memberId);
        List<AccountPanelLine> lines = new ArrayList<>();
        for (Newsletter n : newsletters.all()) {
            if (mine.contains(n.id())) {
                lines.add(new AccountPanelLine("You receive " + n.name() + " (" + n.cadence().label().toLowerCase()
                        + ")", null));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new AccountPanelLine("You receive no newsletters.", null));
        }
        lines.add(new AccountPanelLine("Sign up or manage your newsletters with a single click", "/newsletters"));
        return Optional.of(new AccountPanelContent("Your newsletters", lines));
    }
}
