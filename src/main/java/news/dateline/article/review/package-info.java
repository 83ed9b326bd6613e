/**
 * The review workflow of articles.
 * <ul>
 * <li><b>writer</b>: a member with the WRITER role; writes and edits their own articles until they are scheduled or
 * published, and submits them. Not "author" (that is a byline) nor "reporter".</li>
 * <li><b>review state</b>: DRAFT → SUBMITTED ("waiting for review") → APPROVED, kept apart from the life cycle
 * (scheduled, published, unpublished) in {@code article.status}. Sending back returns an article to DRAFT.</li>
 * <li><b>review step</b>: one logged move (who, when, from, to, note), publishing and scheduling included.</li>
 * <li><b>assigned to</b>: the member who handles the article next; any newsroom member.</li>
 * <li><b>embargo</b>: the time before which nobody may publish; enforced by the one publish path and by table
 * checks on {@code article}.</li>
 * </ul>
 */
package news.dateline.article.review;
