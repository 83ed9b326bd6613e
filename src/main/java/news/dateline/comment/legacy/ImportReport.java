package news.dateline.comment.legacy;

/**
 * The counts of one import run. {@code read} counts every comment in the file; each is then imported (new),
 * updated (likes, status or text changed since an earlier run), unchanged, or rejected.
 *
 * @param unknownParents comments of this source whose parent never appeared; they are kept as threads' first
 *                       comments
 * @param keptModerated  rows that differ from a comment a moderator has decided on since it was imported: left as
 *                       the moderator decided (counted among the unchanged)
 */
public record ImportReport(int read, int imported, int updated, int unchanged, int rejected, int unknownParents,
                           int keptModerated) {
}
