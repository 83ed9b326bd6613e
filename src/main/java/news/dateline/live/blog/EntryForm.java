package news.dateline.live.blog;

import java.net.URI;

/**
 * What an editor typed for an entry, checked before anything is stored.
 *
 * @param body        Markdown, required, at most 5,000 characters
 * @param quote       optional words quoted, at most 1,000 characters
 * @param quoteSource who said them, at most 200 characters
 * @param linkUrl     optional http(s) address
 * @param photoId     optional photo of the library, by number
 */
public record EntryForm(String body, String quote, String quoteSource, String linkUrl, Long photoId) {

    public EntryForm {
        body = trimmed(body);
        quote = trimmed(quote);
        quoteSource = trimmed(quoteSource);
        linkUrl = trimmed(linkUrl);
    }

    /** @throws InvalidEntryException naming what is wrong */
    void check() {
        if (body == null) {
            throw new InvalidEntryException("An entry needs some text.");
        }
        if (body.length() > 5000) {
            throw new InvalidEntryException("An entry's text is at most 5,000 characters; this one has " + body.length() + ".");
        }
        if (quote != null && quote.length() > 1000) {
            throw new InvalidEntryException("A quote is at most 1,000 characters; this one has " + quote.length() + ".");
        }
        if (quoteSource != null && quoteSource.length() > 200) {
            throw new InvalidEntryException("Who is quoted is at most 200 characters.");
        }
        if (quoteSource != null && quote == null) {
            throw new InvalidEntryException("A quote's source was given without the quote.");
        }
        if (linkUrl != null && !webAddress(linkUrl)) {
            throw new InvalidEntryException("The link must be a web address starting with https:// or http://, not “"
                    + linkUrl + "”.");
        }
    }

    private static boolean webAddress(String url) {
        if (url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
