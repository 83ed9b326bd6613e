package news.dateline.comment.check;

import java.util.Set;

/**
 * Where the abuse check gets its two tiers of words and phrases: banned (the comment is rejected) and suspect (held
 * for a moderator). Entries are lower case; a phrase is words separated by single spaces. Today the lists come from
 * the classpath ({@link ClasspathWordLists}); the newsroom's moderation pages will supply a database-backed one.
 */
public interface WordLists {

    Set<String> banned();

    Set<String> suspect();
}
