package news.dateline.media.web;

/** The words of a photo as typed into a newsroom form: bound from the upload form and the edit form. */
public record PhotoWords(String caption, String credit, String altText) {

    static final PhotoWords EMPTY = new PhotoWords(null, null, null);

    /** The value for a text input: empty rather than null. */
    static String field(String value) {
        return value == null ? "" : value;
    }

    public String captionField() {
        return field(caption);
    }

    public String creditField() {
        return field(credit);
    }

    public String altTextField() {
        return field(altText);
    }
}
