package news.dateline.article;

import news.dateline.media.Photo;

/**
 * How an article body refers to a photo of the library: {@code ![alt text](photo:12)}, which
 * {@link ArticleBodyRenderer} turns into a figure with the photo's renditions, caption and credit.
 */
public final class PhotoReference {

    private PhotoReference() {
    }

    /**
     * The Markdown that shows this photo in a body, its alt text (or, without one, its caption) written so that
     * Markdown reads it back unchanged: every ASCII punctuation mark is backslash-escaped (CommonMark allows that
     * for all of them), so brackets, asterisks, angle brackets and ampersands stay text.
     */
    public static String markdown(Photo photo) {
        String alt = photo.altText() != null ? photo.altText() : photo.caption() != null ? photo.caption() : "";
        return "![" + escaped(alt.replaceAll("\\s+", " ").strip()) + "](photo:" + photo.id() + ")";
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c < 128 && isPunctuation(c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    private static boolean isPunctuation(int c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
