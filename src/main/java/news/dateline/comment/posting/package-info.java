/**
 * Posting a comment, as an ordered list of small rules ({@link news.dateline.comment.posting.PostingRules}): closed,
 * sanction, verified email, length, rate limit, duplicate, the guideline checks, then the reasons to hold a comment
 * that passed them (pre-moderation, new member, recent rejections). Each rule is a {@code PostingRule} answering a
 * {@code Step}; the rules reach the rest of the application only through small ports ({@code AuthorHistory},
 * {@code EditorDecisions}, {@code VerifiedEmails}, {@code Throttle}), so each is unit-tested without a database.
 * Internal to the comment module: other features post through {@code news.dateline.comment.Comments}.
 */
package news.dateline.comment.posting;
