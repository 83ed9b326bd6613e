package news.dateline.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import news.dateline.member.AccountPanel;
import news.dateline.member.AccountPanelContent;
import news.dateline.member.AccountPanelLine;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** The "Your newsletters" panel of the account page: what the member receives, and where to change it. */
@Component
class NewsletterAccountPanel implements AccountPanel {

    private final Newsletters newsletters;
    private final NewsletterSubscriptions subscriptions;

    private final Words words;

    NewsletterAccountPanel(Newsletters newsletters, NewsletterSubscriptions subscriptions, Words words) {
        this.words = words;
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
    }

    @Override
    public Optional<AccountPanelContent> contentFor(long memberId) {
        Set<Long> mine = subscriptions.subscribedBy(memberId);
        List<AccountPanelLine> lines = new ArrayList<>();
        for (Newsletter n : newsletters.all()) {
            if (mine.contains(n.id())) {
                lines.add(new AccountPanelLine(receiving(n), null));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new AccountPanelLine(words.get("account.newsletters.none"), null));
        }
        lines.add(new AccountPanelLine(words.get("account.newsletters.manage"), "/newsletters"));
        return Optional.of(new AccountPanelContent(words.get("account.newsletters.title"), lines));
    }

    private String receiving(Newsletter n) {
        return switch (n.cadence()) {
            case DAILY -> words.get("account.newsletters.line.daily", n.name());
            case WEEKLY -> words.get("account.newsletters.line.weekly", n.name());
            case BREAKING -> words.get("account.newsletters.line.breaking", n.name());
        };
    }
}
