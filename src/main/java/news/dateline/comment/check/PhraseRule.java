package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A phrase rule of {@link PersonDirected}; {@code needsInsult}: it names an insult word, so a sentence without one
 * can skip it. The building blocks below are the pieces the phrase lists ({@link InsultPhrases},
 * {@link CommandAndHarmPhrases}) are written with.
 */
record PhraseRule(Rule rule, double score, String what, Pattern pattern, boolean needsInsult) {
    PhraseRule(Rule rule, double score, String what, String regex) {
        this(rule, score, what, Pattern.compile(regex), regex.contains(NOUN) || regex.contains(ADJ)
                || regex.contains(PERSON_NOUN) || regex.contains(PURE_INSULT));
    }

    static final String NOUN = "(?:" + String.join("|", NOUNS.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:s|es)?";
    static final String ADJ = "(?:" + String.join("|", ADJECTIVES.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    static final String MOD = "(?: (?!(?:for|to|by|with|in|on|about|that|who|which|and|or|not) )\\S+){0,3}";
    static final String YOU = "(?:you|u|ya)";
    // the author, named every way a reader does: "the author", "whoever wrote this", "the person who wrote this"
    static final String AUTHOR_SUBJECT = "(?:the |this |that |our |your )?(?:so called )?(?:"
            + String.join("|", AUTHORS) + ")|whoever (?:wrote|edited|published|approved|commissioned|subbed) "
            + "(?:this|that|it)(?: \\S+)?|whoever (?:let|lets|hired|allowed) (?:this|that|the) \\S+(?: \\S+){0,4}"
            + "|(?:the )?(?:person|guy|man|"
            + "woman|idiot|clown) who wrote (?:this|that|it)(?: \\S+)?";
    // insults that only fit people, for the phrases below ("this clown", "idiots like you")
    static final String PERSON_NOUN = "(?:" + String.join("|", NOUNS.stream()
            .filter(n -> !THING_CAPABLE.contains(n)).sorted((a, b) -> b.length() - a.length()).toList())
            + ")(?:s|es)?";
    // insults that are never a plain description ("the crooks who ran the scheme were jailed" is news)
    static final String PURE_INSULT = "(?:" + String.join("|", INSULT_NOUNS.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:s|es)?";

    // words that belittle whoever they are said of, though they are no insult alone: "you sad little man"
    // words after an insult in "what a … you are" that are not an idea ("what a stupid policy, you are right")
    static final String NOT_AN_IDEA = "(?: (?!(?:" + String.join("|", LEXICON.ideaNouns()) + ")s? )\\S+)";
    static final Set<String> BELITTLING_WORDS = Set.of("sad", "miserable", "bitter", "pimply", "fake",
            "pathetic", "spoilt", "spoiled", "nasty", "silly", "ignorant", "clueless", "jealous", "cringe", "cringey",
            "wee", "whiny", "whingeing", "whinging", "smug", "snotty", "pompous", "wicked", "horrible", "vile", "evil",
            "disgusting", "despicable", "jumped");
    static final String BELITTLING = "(?:" + String.join("|", BELITTLING_WORDS) + ")";
}
