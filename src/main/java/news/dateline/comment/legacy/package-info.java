/**
 * Comments brought in from the earlier comment platform.
 * <ul>
 * <li><b>export</b>: a file of that platform's comments — Disqus XML, or CSV/JSON with fixed columns
 * ({@link news.dateline.comment.legacy.LegacyFormat}).</li>
 * <li><b>source</b>: the platform a comment's id belongs to ("disqus", "legacy", or a name given); (source, legacy id)
 * is a comment's identity across runs. Not "origin" or "provider".</li>
 * <li><b>legacy key</b>: how the export names an article (an old id or URL); the <b>mapping</b>
 * ({@link news.dateline.comment.legacy.LegacyArticles}) says which current article it is.</li>
 * <li><b>run</b>: one import of one file, with its counts and rejected rows
 * ({@link news.dateline.comment.legacy.LegacyCommentImports}).</li>
 * <li><b>rejected row</b>: a comment of the export that was not imported, with its line and reason.</li>
 * <li><b>unknown parent</b>: a reply whose parent is not in any export of its source; kept as a thread's first
 * comment.</li>
 * </ul>
 * "My comments" ({@link news.dateline.comment.legacy.MemberComments}) lives here because it is where native and
 * imported comments meet: imported ones are matched to a member by verified email when read.
 */
@org.springframework.modulith.NamedInterface("legacy")
package news.dateline.comment.legacy;
