package news.dateline.comment.legacy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Disqus messages are HTML; comments here are plain text (rendered by CommentText, which escapes them). This keeps
 * the words and the line breaks of paragraphs and {@code <br>}, keeps a link's address after its words, and drops
 * everything else — scripts, styles, attributes — so no markup from an export is ever stored.
 */
final class DisqusHtml {

    private DisqusHtml() {
    }

    static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideSkipped(t)) {
                    text.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && e.nameIs("br")) {
                    text.append('\n');
                } else if (node instanceof Element e && isBlock(e)) {
                    paragraphBreak(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("a")) {
                    String href = e.attr("href");
                    if ((href.startsWith("http://") || href.startsWith("https://")) && !e.text().contains(href)) {
                        text.append(" (").append(href).append(')');
                    }
                } else if (node instanceof Element e && isBlock(e)) {
                    paragraphBreak(text);
                }
            }
        });
        return RowFields.plain(text.toString()).replaceAll("[ \t]*\n[ \t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean insideSkipped(TextNode t) {
        for (Node n = t.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (e.nameIs("script") || e.nameIs("style"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlock(Element e) {
        return e.nameIs("p") || e.nameIs("blockquote") || e.nameIs("div") || e.nameIs("li") || e.nameIs("pre");
    }

    private static void paragraphBreak(StringBuilder text) {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
