package news.dateline.comment.legacy;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads an export one comment at a time, so a file of any size is read in bounded memory. Implemented for
 * Disqus XML ({@link DisqusCommentReader}), CSV ({@link CsvCommentReader}) and JSON ({@link JsonCommentReader}).
 */
interface LegacyCommentReader extends Closeable {

    /** The next comment, or null at the end of the file. */
    LegacyRecord next() throws IOException;
}
