package news.dateline.readinglist.web;

/** The reading list's URLs, in one place, so templates never build one (STYLE: view models own URLs). */
public final class ReadingListPaths {

    private ReadingListPaths() {
    }

    /**
     * Saving without JavaScript or before signing in: a GET that saves the article once the reader is signed in and
     * then returns to it.
     */
    public static String pending(long articleId) {
        return "/saved/pending?article=" + articleId;
    }
}
