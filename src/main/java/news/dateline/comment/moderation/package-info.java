/**
 * The community desk's work on comments. Terms: a <em>queue</em> ({@link news.dateline.comment.moderation.Queue})
 * is one list a moderator works through (pending, reported, rejected, recently approved); a <em>decision</em> is a
 * moderator's approve, reject (with a reason mailed to the author) or feature; a <em>sanction</em> is what a
 * moderator puts on an author (warn, pre-moderate, suspend, ban); the <em>log</em>
 * ({@link news.dateline.comment.moderation.LogEntry}) records every action. Not "review": that is the newsroom's
 * article workflow.
 */
@org.springframework.modulith.NamedInterface("moderation")
package news.dateline.comment.moderation;
