package news.dateline.comment.legacy;

/** A rejected row of an import run as stored and shown: its line in the file and why. */
public record ImportRejection(long line, String reason) {
}
