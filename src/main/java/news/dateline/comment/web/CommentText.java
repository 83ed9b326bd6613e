package news.dateline.comment.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's plain text as HTML: everything escaped, line breaks kept, and web addresses made into links that
 * carry no endorsement ({@code rel="nofollow ugc noopener"}). Only http and https addresses become links.
 */
public final class CommentText {

    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that usually ends the sentence around an address rather than the address itself. */
    private static final String TRAILING = ".,;:!?)]}";

    private CommentText() {
    }

    public static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        Matcher m = URL.matcher(text);
        int from = 0;
        while (m.find()) {
            String url = m.group();
            int end = url.length();
            while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (url.length() <= "https://".length()) {
                continue;
            }
            html.append(escape(text.substring(from, m.start())));
            String safe = escape(url);
            html.append("<a href=\"").append(safe).append("\" rel=\"nofollow ugc noopener\">").append(safe).append("</a>");
            from = m.start() + url.length();
        }
        html.append(escape(text.substring(from)));
        return html.toString().replace("\n", "<br>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
