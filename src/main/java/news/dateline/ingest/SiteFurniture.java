package news.dateline.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a scraped page that belong to the site around the article, not to the article: sign-in
 * and membership prompts, comment notices, share buttons, reading suggestions and counters. Used by
 * {@link PlainTextPageParser}. Lines are matched by kind (whole-line patterns), never by one page's sentences.
 */
final class SiteFurniture {

    /** Lines after which nothing belongs to the article any more: the page has moved on to its own business. */
    private static final List<Pattern> ENDS_ARTICLE = patterns(
            "sign in to (unlock|continue|read).*",
            ".*member-only benefits.*",
            "(unlock|get) (unlimited|premium|full) access.*",
            "comments?( \\(\\d+\\))?",
            "(post|leave|add) a comment.*",
            "(log ?in|sign in|register) to (post |add )?comments?.*",
            "comments have to be in .*",
            "we have migrated to a new commenting platform.*",
            "top news today",
            "(related|recommended|more) (stories|articles|news)( for you)?",
            "trending( now| news)?",
            "related topics\\s*:?.*",
            // the site's own lists after the story: "More in Sport", "Latest from Opinion", "Explore topics"
            "(more|latest) (in|from) [\\p{L} &'-]{1,40}",
            "explore (more|topics)\\b.{0,40}");

    /**
     * One share button with the separators after it. A line of nothing but these is furniture; it is matched one
     * button at a time ({@link #isShareButtons}), because a repeated group over the whole line makes the regex
     * engine recurse once per button, and a long line of them (2,000 'x') overflowed the stack.
     */
    private static final Pattern SHARE_BUTTON = Pattern.compile(
            "(?:share( this)?( article| story)?|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|e-?mail"
                    + "|copy link|link copied|print|gift (this )?article"
                    // reading-list and comment buttons: "READ LATER", "Save", "Read Comments", "12 Comments"
                    + "|read later|save( (for|to read) later| story| article)?|saved|bookmark|remove from (saved|bookmarks)"
                    + "|(read|view) comments|\\d+ comments?|comments? \\(\\d+\\)|\\d+ shares?)[\\s|•·,]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Lines that are furniture but may sit between the article's own lines. */
    private static final List<Pattern> NOISE = patterns(
            "also read\\s*[|:].*",
            "(read|see) (also|more|next)\\s*[|:].*",
            "read more( stories)?\\.?",
            "subscribe\\b.{0,100}",
            "\\d+\\s*/\\s*\\d+",
            "sign in|sign up|log ?in|log ?out|register( now)?",
            "advertisement|continue reading( below)?|listen to (this )?(article|story)",
            // newsletter boxes: "Get the Morning Digest newsletter in your inbox", "Sign up for our Sport newsletter"
            "(get|receive|sign ?up (for|to)) (our |the )?[\\p{L}' -]{0,40}newsletters?\\b.{0,80}",
            "[\\p{L}' -]{0,40}newsletters?\\b.{0,40}\\b(inbox|sign ?up)\\b.{0,40}",
            // subscription prompts
            "already (a subscriber|have an account)\\??.{0,60}",
            "(this (article|story) is )?(for|exclusive to) (our )?subscribers( only)?\\.?",
            "(become|be) a (member|subscriber)\\b.{0,80}",
            "support (quality |independent )?journalism\\b.{0,80}",
            "to (continue|keep) reading.{0,60}subscri.{0,60}");

    /**
     * A heading that introduces a teaser: the next line is another story's headline ("ALSO READ" then the headline).
     * Both are furniture.
     */
    private static final Pattern TEASER_HEADING = Pattern.compile(
            "(also read|read also|must read|don'?t miss|recommended( for you)?|more on this( story)?|related( story)?)"
                    + "\\s*[|:-]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SiteFurniture() {
    }

    static boolean endsArticle(String line) {
        return matchesAny(ENDS_ARTICLE, line);
    }

    static boolean introducesTeaser(String line) {
        return TEASER_HEADING.matcher(line).matches();
    }

    static boolean isNoise(String line) {
        return isShareButtons(line) || matchesAny(NOISE, line);
    }

    /** Each button is matched alone and the next one looked for where it ended: a loop, not a recursion. */
    static boolean isShareButtons(String line) {
        Matcher button = SHARE_BUTTON.matcher(line);
        int at = 0;
        while (at < line.length()) {
            button.region(at, line.length());
            if (!button.lookingAt()) {
                return false;
            }
            at = button.end();
        }
        return at > 0;
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        return patterns.stream().anyMatch(p -> p.matcher(line).matches());
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes)
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
