package news.dateline.comment.check;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Comments have to be in full sentences": at least one sentence with a verb and a few words, found with OpenNLP's
 * English sentence detector, tokenizer and part-of-speech tagger (Universal Dependencies tags). Shouting in
 * capitals, emoji, bare links and lists of names have no such sentence, or are refused as shouting.
 */
final class SentenceCheck implements GuidelineCheck {

    static final Explanation EXPLANATION = Explanation.NOT_FULL_SENTENCES;
    static final Explanation SHOUTING = Explanation.SHOUTING;

    private static final Pattern URL_OR_HANDLE = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|@\\w+|#\\w+");
    // UD tags from the 1.3 models, and Penn tags in case a model in the other format is dropped in
    private static final Set<String> VERBS = Set.of("VERB", "AUX", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD");

    // the tagger's beam search grows with sentence length; a verb shows up long before this many tokens
    private static final int MAX_TAGGED_TOKENS = 80;

    /** A verbless text this long, mostly in lower case, is more likely a tagger's miss than a fragment. */
    private static final int PROSE_MIN_WORDS = 8;

    private final Models models;
    private final CheckProperties properties;

    SentenceCheck(Models models, CheckProperties properties) {
        this.models = models;
        this.properties = properties;
    }

    @Override
    public Rule rule() {
        return Rule.NOT_FULL_SENTENCES;
    }

    @Override
    public Verdict check(String text) {
        String prose = URL_OR_HANDLE.matcher(text).replaceAll(" ").strip();
        if (isShouting(prose)) {
            return new Verdict(rule(), Decision.REJECT, 1.0, SHOUTING, "shouting: mostly capital letters");
        }
        for (String sentence : models.sentences.sentDetect(prose)) {
            String verb = fullSentenceVerb(sentence);
            if (verb != null) {
                return pass(0, "verb \"" + verb + "\" in a sentence of " + properties.sentenceMinWords()
                        + "+ words");
            }
        }
        // the tagger misses some verbs ("the toll worries me more"): long lower-case prose goes to a moderator
        // rather than back to its author
        if (looksLikeProse(prose)) {
            return new Verdict(rule(), Decision.REVIEW, 0.6, EXPLANATION, "no verb found, but reads as prose");
        }
        return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION,
                "no sentence of " + properties.sentenceMinWords() + "+ words with a verb");
    }

    private boolean looksLikeProse(String text) {
        String[] tokens = models.tokens.tokenize(text);
        int words = 0;
        int lowerCase = 0;
        for (String token : tokens) {
            if (token.codePoints().allMatch(Character::isLetter)) {
                words++;
                if (Character.isLowerCase(token.charAt(0))) {
                    lowerCase++;
                }
            }
        }
        return words >= PROSE_MIN_WORDS && lowerCase * 3 >= words * 2;
    }

    private boolean isShouting(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        // a short acronym ("NATO", "GST") is not shouting; a whole comment in capitals is
        return letters >= 12 && capitals > letters * properties.shoutingShare();
    }

    /** The verb that makes this a full sentence, or null when it is not one. */
    private String fullSentenceVerb(String sentence) {
        String[] tokens = models.tokens.tokenize(sentence);
        int words = 0;
        for (String token : tokens) {
            if (token.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        if (words < properties.sentenceMinWords()) {
            return null;
        }
        if (tokens.length > MAX_TAGGED_TOKENS) {
            tokens = Arrays.copyOf(tokens, MAX_TAGGED_TOKENS);
        }
        String[] tags = models.partsOfSpeech.tag(tokens);
        for (int i = 0; i < tags.length; i++) {
            // a capitalised "verb" inside a sentence is a name the tagger misread ("Trump Putin Assad")
            if (VERBS.contains(tags[i]) && (i == 0 || !Character.isUpperCase(tokens[i].charAt(0)))) {
                return tokens[i];
            }
        }
        return null;
    }
}
