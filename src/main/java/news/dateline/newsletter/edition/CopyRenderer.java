package news.dateline.newsletter.edition;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.NewsletterLinks;
import news.dateline.newsletter.NewsletterSubscriptions;
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
 * <p>
 * A recipient who let newsletters count their opens and clicks gets article links through the click counter and a
 * tracking image signed for their copy ({@link EditionLinks}); everyone else gets the plain links and no image.
 */
@Component
class CopyRenderer {

    private final NewsletterLinks links;
    private final SiteProperties site;
    private final Words words;
    private final EditionLinks tracking;
    private final NewsletterSubscriptions subscriptions;

    CopyRenderer(NewsletterLinks links, SiteProperties site, Words words, EditionLinks tracking,
                 NewsletterSubscriptions subscriptions) {
        this.tracking = tracking;
        this.subscriptions = subscriptions;
        this.links = links;
        this.site = site;
        this.words = words;
    }

    Copy render(EditionContent content, long subscriberId, String address, String name) {
        return render(compile(content), subscriberId, address, name);
    }

    Copy render(CopyTemplate template, long subscriberId, String address, String name) {
        Recipient r = recipient(template, subscriberId, address, name);
        boolean tracked = template.tracks(subscriberId);
        String pixel = tracked ? "<img src=\"" + htmlEscape(tracking.openPixel(template.editionId(), subscriberId))
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">" : "";
        return join(template, tracked, pixel, address, r.greeting(), r.manageUrl(), r.oneClickUrl(),
                htmlEscape(r.greeting()), htmlEscape(r.manageUrl()), htmlEscape(r.oneClickUrl()), r.oneClickUrl());
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
     * Such a copy is the untracked one (plain links, no image): one body serves the whole batch.
     */
    Copy join(CopyTemplate template, String to, String textGreeting, String textManage, String textOneClick,
              String htmlGreeting, String htmlManage, String htmlOneClick, String oneClickUrl) {
        return join(template, false, "", to, textGreeting, textManage, textOneClick, htmlGreeting, htmlManage,
                htmlOneClick, oneClickUrl);
    }

    private Copy join(CopyTemplate template, boolean tracked, String pixelHtml, String to, String textGreeting,
                      String textManage, String textOneClick, String htmlGreeting, String htmlManage,
                      String htmlOneClick, String oneClickUrl) {
        String text = textGreeting + (tracked ? template.trackedTextBody() : template.textBody()) + textManage
                + template.textBetweenLinks() + textOneClick + "\n";
        String html = template.htmlHead() + htmlGreeting + (tracked ? template.trackedHtmlBody() : template.htmlBody())
                + htmlManage + template.htmlBetweenLinks() + htmlOneClick + template.htmlEnd() + pixelHtml
                + "</body></html>";
        return new Copy(to, template.subject(), text, html, oneClickUrl);
    }

    /** Renders what every copy of the edition shares, once, with plain and with click-counting article links. */
    CopyTemplate compile(EditionContent content) {
        long editionId = content.edition().id();
        StringBuilder[] plain = articles(content, url -> url);
        StringBuilder[] tracked = articles(content, url -> tracking.tracked(editionId, url));
        String manage = words.get("edition.manage");
        String unsubscribe = words.get("edition.unsubscribe", content.newsletter().name());
        String name = content.newsletter().name();
        return new CopyTemplate(content, content.newsletter().id(), content.edition().subject(),
                plain[0].toString(), "\n" + unsubscribe + ": ",
                "<!doctype html><html><body style=\"font-family:Georgia,serif;max-width:40em\"><p style=\"color:#666\">"
                        + htmlEscape(name) + "</p><p>",
                plain[1].toString(), "\">" + htmlEscape(manage) + "</a> · <a href=\"",
                "\">" + htmlEscape(unsubscribe) + "</a></p>", tracked[0].toString(), tracked[1].toString(),
                subscriptions.engagementTracked(content.newsletter()));
    }

    /** The text and HTML bodies from the greeting to the manage link, each article's address made by {@code link}. */
    private StringBuilder[] articles(EditionContent content, java.util.function.UnaryOperator<String> link) {
        StringBuilder text = new StringBuilder("\n\n");
        StringBuilder html = new StringBuilder("</p>");
        if (!content.edition().intro().isBlank()) {
            text.append(content.edition().intro()).append("\n\n");
            html.append("<p>").append(htmlEscape(content.edition().intro())).append("</p>");
        }
        String subscribers = words.get("edition.subscribers");
        for (ArticleSummary article : content.articles()) {
            String url = link.apply(site.absolute(article.path()));
            boolean premium = article.accessLevel() != AccessLevel.FREE;
            String standfirst = article.standfirst() == null ? "" : article.standfirst();
            text.append(article.headline()).append(premium ? " (" + subscribers + ")" : "").append('\n')
                    .append(standfirst).append('\n').append(url).append("\n\n");
            html.append("<h2><a href=\"").append(htmlEscape(url)).append("\">").append(htmlEscape(article.headline()))
                    .append("</a>").append(premium ? " <small>(" + htmlEscape(subscribers) + ")</small>" : "").append("</h2><p>")
                    .append(htmlEscape(standfirst)).append("</p>");
        }
        text.append("--\n").append(words.get("edition.manage")).append(": ");
        html.append("<hr><p style=\"font-size:small\"><a href=\"");
        return new StringBuilder[] {text, html};
    }
}
