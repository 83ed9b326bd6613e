package news.dateline.article.web;

/**
 * The reader's search form as sent, every field as typed (so no input fails before {@link SearchRequests}
 * can name the problem). Section, author and tag are slugs; dates are {@code yyyy-mm-dd} in the site's zone.
 */
record SearchParams(String q, String section, String author, String tag, String from, String to, String sort,
                    String page) {

    /** Every filter, in form order, as name and value pairs: for links to other pages of the same search. */
    String[] pairs() {
        return new String[] {"q", q, "section", section, "author", author, "tag", tag, "from", from, "to", to,
                "sort", sort};
    }
}
