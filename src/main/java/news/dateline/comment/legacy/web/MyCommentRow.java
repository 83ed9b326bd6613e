package news.dateline.comment.legacy.web;

import news.dateline.article.ArticleSummary;
import news.dateline.article.DateLineFormat;
import news.dateline.comment.legacy.MemberComment;

/**
 * One line of "My comments".
 *
 * @param articleUrl the comment's place under its article, or null when the article is not published now
 */
public record MyCommentRow(String headline, String articleUrl, String text, String date, String iso, String status,
                           boolean imported) {

    static MyCommentRow of(MemberComment c, ArticleSummary article, DateLineFormat format) {
        return new MyCommentRow(article == null ? "An article that is no longer published" : article.headline(),
                article == null ? null : article.path() + "#comment-" + c.id(), c.body(),
                format.dateTime(c.createdAt()), c.createdAt().toString(), label(c), c.imported());
    }

    private static String label(MemberComment c) {
        return switch (c.status()) {
            case PUBLISHED -> "Published";
            case HELD -> "Awaiting review";
            case REJECTED -> "Not published";
            case DELETED -> "Deleted";
        };
    }
}
