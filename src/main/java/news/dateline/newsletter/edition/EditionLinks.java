package news.dateline.newsletter.edition;

/**
 * What an article link in an edition becomes: a link that counts the click and sends the reader on. Implemented by
 * the audience feature, which depends on this one; the port keeps the features free of cycles. Only the links an
 * edition holds pass through here, so only they are ever signed.
 */
public interface EditionLinks {

    /** The address to print in the edition for {@code url} (an absolute address on this site). */
    String tracked(long editionId, String url);
}
