package news.dateline.newsletter.edition;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.NewsletterLinks;
import news.dateline.newsletter.Subscriber;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Renders one recipient's copy: plain text and HTML (everything escaped), greeting by name, their manage link and
 * one-click unsubscribe link. Articles appear as headline, standfirst and link only, so premium text never leaves
 * the paywall by email.
 */
@Component
class CopyRenderer {

    private final NewsletterLinks links;
    private final SiteProperties site;

    CopyRenderer(NewsletterLinks links, SiteProperties site) {
        this.links = links;
        this.site = site;
    }

    Copy render(EditionContent content, long subscriberId, String address, String name) {
        // the links sign only the subscriber id and address, which the delivery row holds: no lookup per copy
        Subscriber subscriber = new Subscriber(subscriberId, address, null, null, null);
        String manage = links.manageUrl(subscriber);
        String oneClick = links.oneClickUrl(subscriber, content.newsletter().id());
        String greeting = name == null || name.isBlank() ? "Hello," : "Hello " + name + ",";
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:Georgia,serif;max-width:40em\">")
                .append("<p style=\"color:#666\">").append(htmlEscape(content.newsletter().name())).append("</p>")
                .append("<p>").append(htmlEscape(greeting)).append("</p>");
        if (!content.edition().intro().isBlank()) {
            text.append(content.edition().intro()).append("\n\n");
            html.append("<p>").append(htmlEscape(content.edition().intro())).append("</p>");
        }
        for (ArticleSummary article : content.articles()) {
            String url = site.absolute(article.path());
            boolean premium = article.accessLevel() != AccessLevel.FREE;
            String standfirst = article.standfirst() == null ? "" : article.standfirst();
            text.append(article.headline()).append(premium ? " (subscribers)" : "").append('\n')
                    .append(standfirst).append('\n').append(url).append("\n\n");
            html.append("<h2><a href=\"").append(htmlEscape(url)).append("\">").append(htmlEscape(article.headline()))
                    .append("</a>").append(premium ? " <small>(subscribers)</small>" : "").append("</h2><p>")
                    .append(htmlEscape(standfirst)).append("</p>");
        }
        text.append("--\nManage your newsletters: ").append(manage).append("\nUnsubscribe from ")
                .append(content.newsletter().name()).append(": ").append(oneClick).append('\n');
        html.append("<hr><p style=\"font-size:small\"><a href=\"").append(htmlEscape(manage))
                .append("\">Manage your newsletters</a> · <a href=\"").append(htmlEscape(oneClick))
                .append("\">Unsubscribe from ").append(htmlEscape(content.newsletter().name())).append("</a></p></body></html>");
        return new Copy(address, content.edition().subject(), text.toString(), html.toString(), oneClick);
    }
}
