package news.dateline.site;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one way Markdown that staff write becomes HTML on a reader's page (article bodies, the community
 * guidelines): HTML typed in the text is shown as text, and the result passes one sanitizer policy — paragraphs,
 * subheadings, lists, quotes, links and images, with only {@code https}, {@code http}, {@code mailto} and
 * {@code photo} (a library photo, made a figure by the article renderer) addresses, so no script, event handler,
 * {@code javascript:} or {@code data:} link can reach a reader.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "a", "br", "hr",
                    "code", "pre", "img")
            // the page's headline is its only h1
            .allowElements((name, attributes) -> "h2", "h1")
            .allowUrlProtocols("https", "http", "mailto", "photo")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
