package news.dateline.media;

/**
 * An image file as it arrived (from a newsroom form or an import) and the words to store with it.
 * The filename is used only in messages; the format is read from the bytes.
 */
public record PhotoUpload(String filename, byte[] bytes, String caption, String credit, String altText) {

    /** The file's own name without any folder a browser may send, for messages; "The file" without one. */
    public String displayName() {
        if (filename == null || filename.isBlank()) {
            return "The file";
        }
        String name = filename.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
