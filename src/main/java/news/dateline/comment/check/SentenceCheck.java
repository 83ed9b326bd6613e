package news.dateline.comment.check;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Sequence;

/**
 * "Comments have to be in full sentences": at least one sentence with a verb and a few words, found with OpenNLP's
 * English sentence detector, tokenizer and part-of-speech tagger (Universal Dependencies tags). Shouting in
 * capitals, emoji, bare links and lists of names have no such sentence, or are refused as shouting; adverts, lists
 * of short items and chat are fragments whatever the tagger reads as a verb ({@link Fragments}).
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
    private static final int SHOUTED_SENTENCE_WORDS = 4;
    // "SAVE THE REEF" is shouting; "NATO", "GST" and "UN HQ" are acronyms
    private static final int SHOUTING_MIN_LETTERS = 10;

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
            if (!shoutedSentence(prose)) {
                return new Verdict(rule(), Decision.REJECT, 1.0, SHOUTING, "shouting: mostly capital letters");
            }
            // a whole sentence in capitals, full stop and all: the tagger reads it in ordinary case
            prose = prose.charAt(0) + prose.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        String advert = Fragments.advert(text);
        if (advert != null) {
            return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION, "an advertisement: " + advert);
        }
        if (Telegraphic.keywords(prose)) {
            return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION, "keywords: no function word at all");
        }
        String chat = Fragments.chat(prose);
        if (chat != null) {
            return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION, chat);
        }
        String list = Fragments.list(prose);
        if (list != null) {
            return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION, list);
        }
        for (String sentence : models.sentences.sentDetect(prose)) {
            String verb = fullSentenceVerb(sentence);
            if (verb != null) {
                return pass(0, "verb \"" + verb + "\" in a sentence of " + properties.sentenceMinWords()
                        + "+ words");
            }
        }
        String twoWords = twoWordSentenceVerb(prose);
        if (twoWords != null) {
            return pass(0, "verb \"" + twoWords + "\" in a two-word sentence with a capital and a full stop");
        }
        // the tagger misses some verbs ("my grandfather dug the first well", "fuel prices affect everything"): in
        // long lower-case prose a verb in one of its next-best readings is taken; other prose goes to a moderator
        // rather than back to its author
        if (Telegraphic.appraisal(prose)) {
            return pass(0, "a short appraisal written as a sentence");
        }
        if (Telegraphic.longProse(prose)) {
            return pass(0, "no verb tagged, but long prose with the small words of sentences");
        }
        if (looksLikeProse(prose) || sentenceShaped(prose)) {
            for (String sentence : models.sentences.sentDetect(prose)) {
                String verb = verbInAnotherReading(sentence);
                if (verb != null) {
                    return pass(0, "verb \"" + verb + "\" in the tagger's next-best reading of prose");
                }
            }
            if (looksLikeProse(prose)) {
                return new Verdict(rule(), Decision.REVIEW, 0.6, EXPLANATION, "no verb found, but reads as prose");
            }
        }
        return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION,
                "no sentence of " + properties.sentenceMinWords() + "+ words with a verb");
    }

    /**
     * One clause-shaped sentence, a capital and a full stop, four words or more and no comma: "The ferry left on
     * time." (the tagger misses "left"), not "Another drought, another summer." (two verbless phrases).
     */
    private boolean sentenceShaped(String text) {
        return text.matches("(?s)^\\p{Lu}[^,;:]*\\p{L}[.!]$") && NormalisedText.of(text).words().size() >= 4
                && models.sentences.sentDetect(text).length == 1;
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

    /** A shouted text that is still a sentence: four words or more, ending with a full stop, with a verb. */
    private boolean shoutedSentence(String text) {
        if (!text.matches("(?s).*\\p{L}[.!?]$") || NormalisedText.of(text).words().size() < SHOUTED_SENTENCE_WORDS) {
            return false;
        }
        String ordinary = text.charAt(0) + text.substring(1).toLowerCase(java.util.Locale.ROOT);
        return models.sentences.sentDetect(ordinary).length == 1 && fullSentenceVerb(ordinary) != null;
    }

    private boolean isShouting(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        // a short acronym ("NATO", "GST") is not shouting; a whole comment in capitals is
        return letters >= SHOUTING_MIN_LETTERS && capitals > letters * properties.shoutingShare();
    }

    /** The verb of a two-word sentence written as one ("I agree.", "Love this."), or null. */
    private String twoWordSentenceVerb(String text) {
        if (!text.matches("^\\p{Lu}[^.!?]*\\p{L}[.!]$") || NormalisedText.of(text).words().size() != 2) {
            return null;
        }
        String[] tokens = models.tokens.tokenize(text);
        return verb(tokens, models.partsOfSpeech.tag(tokens));
    }

    /** The verb that makes this a full sentence, or null when it is not one. */
    private String fullSentenceVerb(String sentence) {
        String[] tokens = taggable(sentence);
        return tokens == null ? null : verb(tokens, models.partsOfSpeech.tag(tokens));
    }

    /** A verb in the tagger's second or third best reading of the sentence, or null. */
    private String verbInAnotherReading(String sentence) {
        String[] tokens = taggable(sentence);
        if (tokens == null) {
            return null;
        }
        Sequence[] readings = models.partsOfSpeech.topKSequences(tokens);
        for (int k = 1; k < Math.min(3, readings.length); k++) {
            String verb = verb(tokens, readings[k].getOutcomes().toArray(String[]::new));
            if (verb != null) {
                return verb;
            }
        }
        return null;
    }

    /** The sentence's tokens, at most {@link #MAX_TAGGED_TOKENS}, or null when it has too few words. */
    private String[] taggable(String sentence) {
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
        return tokens.length > MAX_TAGGED_TOKENS ? Arrays.copyOf(tokens, MAX_TAGGED_TOKENS) : tokens;
    }

    private static String verb(String[] tokens, String[] tags) {
        for (int i = 0; i < tags.length && i < tokens.length; i++) {
            // a capitalised "verb" inside a sentence is a name the tagger misread ("Trump Putin Assad")
            if (isVerb(tags[i]) && (i == 0 || !Character.isUpperCase(tokens[i].charAt(0)))
                    && !Fragments.interjection(tokens[i]) && tokens[i].codePoints().noneMatch(Character::isDigit)) {
                return tokens[i];
            }
        }
        return null;
    }

    /** A verb tag, or a contraction's joined tag with a verb in it: "it's" and "you're" are tagged PRON+AUX. */
    private static boolean isVerb(String tag) {
        if (VERBS.contains(tag)) {
            return true;
        }
        if (tag.indexOf('+') < 0) {
            return false;
        }
        for (String part : tag.split("\\+")) {
            if (VERBS.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
