package news.dateline.comment.check;

import java.util.Set;

/**
 * Where the abuse check gets its two tiers of words and phrases: banned (the comment is rejected) and suspect (held
 * for a moderator). Entries are lower case; a phrase is words separated by single spaces. The shipped lists
 * ({@link ClasspathWordLists}) serve the {@code moderate} command and any run without a {@code WordLists} bean;
 * the site's bean is the newsroom's, kept in the database ({@code comment.community}).
 * <p>
 * The abuse check indexes the sets it is given and reindexes when it is handed different set instances: return
 * the same instances for as long as the lists are unchanged.
 */
public interface WordLists {

    Set<String> banned();

    Set<String> suspect();

    /** The lists shipped in a classpath folder ({@code banned.txt}, {@code suspect.txt}), as read by the check. */
    static WordLists shipped(String folder) {
        return new ClasspathWordLists(folder);
    }

    /**
     * A typed word or phrase in the form the abuse check compares with comments: case and accents dropped,
     * leetspeak read as letters, hyphens and other punctuation read as spaces, single spaces. Empty when nothing
     * matchable is left; it keeps any {@code *} (a mask), which a list entry should not have.
     */
    static String entryOf(String typed) {
        return typed == null ? "" : String.join(" ", NormalisedText.of(typed).words());
    }
}
