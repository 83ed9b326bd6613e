package news.dateline.comment.legacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import news.dateline.comment.CommentStatus;

/**
 * Turns the text fields of a CSV or JSON export row into a {@link LegacyRow}, or says why it cannot be imported.
 * The columns, in the CSV header's order: {@link #COLUMNS}.
 */
final class RowFields {

    static final List<String> COLUMNS = List.of("id", "article", "parent_id", "author_name", "author_email",
            "text", "created_at", "likes", "status");

    static final int MAX_NAME_LENGTH = 80;

    private RowFields() {
    }

    /** @param field a column's value by name; null or blank when absent */
    static LegacyRecord row(long line, java.util.function.Function<String, String> field) {
        String id = trimmed(field.apply("id"));
        if (id == null) {
            return new RejectedRow(line, "missing id");
        }
        String article = trimmed(field.apply("article"));
        if (article == null) {
            return new RejectedRow(line, "comment " + id + ": missing article id or URL");
        }
        CommentStatus status = status(field.apply("status"));
        if (status == null) {
            return new RejectedRow(line, "comment " + id + ": unknown status '" + field.apply("status")
                    + "' (expected approved, published, pending, spam, rejected or deleted)");
        }
        String text = field.apply("text") == null ? "" : plain(field.apply("text")).strip();
        if (text.isEmpty() && status != CommentStatus.DELETED) {
            return new RejectedRow(line, "comment " + id + ": missing text");
        }
        Instant created = instant(field.apply("created_at"));
        if (created == null) {
            return new RejectedRow(line, "comment " + id + ": bad date '" + field.apply("created_at")
                    + "' (expected ISO 8601, like 2019-03-04T10:15:00Z)");
        }
        Integer likes = likes(field.apply("likes"));
        if (likes == null) {
            return new RejectedRow(line, "comment " + id + ": bad likes '" + field.apply("likes")
                    + "' (expected a whole number, 0 or more)");
        }
        return new LegacyRow(line, id, List.of(article), trimmed(field.apply("parent_id")),
                authorName(field.apply("author_name")), email(field.apply("author_email")),
                status == CommentStatus.DELETED ? "" : text, created, likes, status);
    }

    /**
     * approved/published → PUBLISHED, pending → HELD, spam/rejected → REJECTED, deleted → DELETED (kept so that
     * replies to it keep their thread, shown as "Comment deleted" like a native deleted comment); empty →
     * PUBLISHED. Null for anything else.
     */
    static CommentStatus status(String value) {
        String s = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "approved", "published" -> CommentStatus.PUBLISHED;
            case "pending" -> CommentStatus.HELD;
            case "spam", "rejected" -> CommentStatus.REJECTED;
            case "deleted" -> CommentStatus.DELETED;
            default -> null;
        };
    }

    /** ISO 8601 with an offset, or without one (then UTC); a space may stand for the T. Null when unreadable. */
    static Instant instant(String value) {
        String s = trimmed(value);
        if (s == null) {
            return null;
        }
        s = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    static Integer likes(String value) {
        String s = trimmed(value);
        if (s == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(s);
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A name as plain text on one line, at most 80 characters; "Anonymous" when there is none. */
    static String authorName(String value) {
        String s = value == null ? "" : plain(value).replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return "Anonymous";
        }
        return s.length() <= MAX_NAME_LENGTH ? s : s.substring(0, MAX_NAME_LENGTH);
    }

    static String email(String value) {
        String s = trimmed(value);
        return s == null || !s.contains("@") ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Drops control characters other than line breaks and tabs (NUL cannot even be stored in PostgreSQL text). */
    static String plain(String value) {
        return value.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }
}
