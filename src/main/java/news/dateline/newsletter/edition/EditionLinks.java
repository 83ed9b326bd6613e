package news.dateline.newsletter.edition;

/**
 * What counts a copy's engagement: its article links become links that count the click and send the reader on, and
 * its tracking image counts the opening. Implemented by the audience feature, which depends on this one; the port
 * keeps the features free of cycles. Only the links an edition holds pass through here, so only they are ever
 * signed; copies to readers who did not let newsletters count their opens and clicks never come here.
 */
public interface EditionLinks {

    /** The address to print in the edition for {@code url} (an absolute address on this site). */
    String tracked(long editionId, String url);

    /** The absolute address of the tracking image of one copy: the edition's, to one subscriber. */
    String openPixel(long editionId, long subscriberId);
}
