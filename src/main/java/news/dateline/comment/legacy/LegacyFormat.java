package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The export formats, told apart by the file name's extension. */
public enum LegacyFormat {
    DISQUS, CSV, JSON;

    public static LegacyFormat of(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return DISQUS;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new LegacyImportException(fileName + ": unknown format; expected a Disqus export (.xml) or a CSV "
                + "(.csv) or JSON (.json) export");
    }

    /** The source recorded with each comment when none is given: "disqus" for Disqus, "legacy" otherwise. */
    public String defaultSource() {
        return this == DISQUS ? "disqus" : "legacy";
    }

    LegacyCommentReader open(InputStream in) throws IOException {
        return switch (this) {
            case DISQUS -> new DisqusCommentReader(in);
            case CSV -> new CsvCommentReader(in);
            case JSON -> new JsonCommentReader(in);
        };
    }
}
