/**
 * The community desk's settings for comments, and comments' part of a member's data.
 *
 * <ul>
 *   <li><b>guidelines</b> ({@link news.dateline.comment.community.CommunityGuidelines}): the Markdown text above
 *       every comment box and on {@code /community-guidelines}; every save is a <em>version</em>, the newest is
 *       <em>in force</em>, the shipped {@code comment/guidelines.md} until the first save.</li>
 *   <li><b>word lists</b> ({@link news.dateline.comment.community.WordListEditor}): the abuse check's
 *       <em>entries</em> (a word or a phrase) in two <em>tiers</em>, banned and suspect
 *       ({@link news.dateline.comment.community.WordTier}); <em>seeded</em> once from the shipped lists. Not
 *       "blacklist" or "filter".</li>
 *   <li><b>member data</b>: the "comments" part of a member's export, and the removal of their text, likes and
 *       reports when their account is purged.</li>
 * </ul>
 * Every node keeps the rendered guidelines and the word lists in memory and drops them through the
 * {@link news.dateline.database.ChangeFeed} when a change commits anywhere.
 */
package news.dateline.comment.community;
