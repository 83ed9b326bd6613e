package news.dateline.newsletter.edition;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.NewsletterLinks;
import news.dateline.newsletter.Subscriber;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/**
 * Renders one recipient's copy: plain text and HTML (everything escaped), greeting by name, their manage link and
 * one-click unsubscribe link. Articles appear as headline, standfirst and link only, so premium text never leaves
 * the paywall by email.
 * <p>
 * Everything but the greeting and the two signed links is the same in every copy of an edition, so it is rendered
 * once into a {@link CopyTemplate} ({@link #compile}) and each copy only joins its pieces with the recipient's parts.
 * Its words are the message bundle's ({@code edition.*}).
 */
@Component
class CopyRenderer {

    private final NewsletterLinks links;
    private final SiteProperties site;
    private final Words words;
    private final EditionLinks tracking;

    CopyRenderer(NewsletterLinks links, SiteProperties site, Words words, EditionLinks tracking) {
        this.tracking = tracking;
        this.links = links;
        this.site = site;
        this.words = words;
    }

    Copy render(EditionContent content, long subscriberId, String address, String name) {
        return render(compile(content), subscriberId, address, name);
    }

    Copy render(CopyTemplate template, long subscriberId, String address, String name) {
        Recipient r = recipient(template, subscriberId, address, name);
        return join(template, address, r.greeting(), r.manageUrl(), r.oneClickUrl(), htmlEscape(r.greeting()),
                htmlEscape(r.manageUrl()), htmlEscape(r.oneClickUrl()), r.oneClickUrl());
    }

    /** What differs between two copies of an edition: the greeting and the recipient's two signed links. */
    record Recipient(String greeting, String manageUrl, String oneClickUrl) {
    }

    Recipient recipient(CopyTemplate template, long subscriberId, String address, String name) {
        // the links sign only the subscriber id and address, which the delivery row holds: no lookup per copy
        Subscriber subscriber = new Subscriber(subscriberId, address, null, null, null);
        String greeting = name == null || name.isBlank() ? words.get("edition.greeting")
                : words.get("edition.greeting.named", name);
        return new Recipient(greeting, links.manageUrl(subscriber), links.oneClickUrl(subscriber, template.newsletterId()));
    }

    /**
     * Joins the edition's shared pieces with one recipient's parts, given as they go into the plain-text part and
     * (escaped) into the HTML part; a provider that substitutes per recipient gets its placeholders here instead.
     */
    Copy join(CopyTemplate template, String to, String textGreeting, String textManage, String textOneClick,
              String htmlGreeting, String htmlManage, String htmlOneClick, String oneClickUrl) {
        String text = textGreeting + template.textBody() + textManage + template.textBetweenLinks() + textOneClick + "\n";
        String html = template.htmlHead() + htmlGreeting + template.htmlBody() + htmlManage
                + template.htmlBetweenLinks() + htmlOneClick + template.htmlEnd();
        return new Copy(to, template.subject(), text, html, oneClickUrl);
    }

    /** Renders what every copy of the edition shares, once. */
    CopyTemplate compile(EditionContent content) {
        StringBuilder text = new StringBuilder("\n\n");
        StringBuilder html = new StringBuilder("</p>");
        if (!content.edition().intro().isBlank()) {
            text.append(content.edition().intro()).append("\n\n");
            html.append("<p>").append(htmlEscape(content.edition().intro())).append("</p>");
        }
        String subscribers = words.get("edition.subscribers");
        for (ArticleSummary article : content.articles()) {
            // through the click counter (audience): the same in every copy, so it stays in the shared template
            String url = tracking.tracked(content.edition().id(), site.absolute(article.path()));
            boolean premium = article.accessLevel() != AccessLevel.FREE;
            String standfirst = article.standfirst() == null ? "" : article.standfirst();
            text.append(article.headline()).append(premium ? " (" + subscribers + ")" : "").append('\n')
                    .append(standfirst).append('\n').append(url).append("\n\n");
            html.append("<h2><a href=\"").append(htmlEscape(url)).append("\">").append(htmlEscape(article.headline()))
                    .append("</a>").append(premium ? " <small>(" + htmlEscape(subscribers) + ")</small>" : "").append("</h2><p>")
                    .append(htmlEscape(standfirst)).append("</p>");
        }
        String manage = words.get("edition.manage");
        String unsubscribe = words.get("edition.unsubscribe", content.newsletter().name());
        text.append("--\n").append(manage).append(": ");
        html.append("<hr><p style=\"font-size:small\"><a href=\"");
        String name = content.newsletter().name();
        return new CopyTemplate(content, content.newsletter().id(), content.edition().subject(),
                text.toString(), "\n" + unsubscribe + ": ",
                "<!doctype html><html><body style=\"font-family:Georgia,serif;max-width:40em\"><p style=\"color:#666\">"
                        + htmlEscape(name) + "</p><p>",
                html.toString(), "\">" + htmlEscape(manage) + "</a> · <a href=\"",
                "\">" + htmlEscape(unsubscribe) + "</a></p></body></html>");
    }
}
