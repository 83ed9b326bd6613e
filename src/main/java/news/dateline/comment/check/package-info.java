/**
 * The community guideline checks: "Comments have to be in English, and in full sentences. They cannot be abusive
 * or personal."
 *
 * <ul>
 *   <li><b>rule</b> ({@link news.dateline.comment.check.Rule}): one of the four guidelines; its code
 *       ({@code not_english}, …) is what the {@code moderate} command prints. Not "policy" or "filter".</li>
 *   <li><b>check</b>: the code that judges one rule ({@code EnglishCheck}, {@code SentenceCheck},
 *       {@code AbuseCheck}, {@code PersonalCheck}).</li>
 *   <li><b>verdict</b> ({@link news.dateline.comment.check.Verdict}): one check's decision, score and explanation
 *       for the author, stored with the comment.</li>
 *   <li><b>decision</b> ({@link news.dateline.comment.check.Decision}): publish, review ("held" for a moderator),
 *       or reject. Not "approve"/"block": those are a moderator's actions.</li>
 *   <li><b>pipeline</b> ({@link news.dateline.comment.check.GuidelinePipeline}): all enabled checks; the strictest
 *       decision wins.</li>
 *   <li><b>word lists</b> ({@link news.dateline.comment.check.WordLists}): banned (reject) and suspect (review)
 *       words and phrases for the abuse check.</li>
 * </ul>
 */
package news.dateline.comment.check;
