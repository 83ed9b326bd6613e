package news.dateline.comment.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.langdetect.Language;

/**
 * "Comments have to be in English". Three signals, because each fails alone on short comments: OpenNLP's language
 * detector (103 languages, ~10 MB model), the share of common English words, and the share of romanized Hindi words
 * ("yeh bahut accha hai"), which no detector trained on native scripts recognises. Mostly non-Latin script is not
 * English at once; three or more words of an English creole or pidgin ("wetin dem dey do") are not English either.
 * Comments too short to judge pass here, and so do short Latin-script ones not written as a sentence, whose words are
 * mostly names, numbers, laughter or repeats ({@link LanguageWords}): the sentence check speaks about them.
 */
final class EnglishCheck implements GuidelineCheck {

    static final Explanation EXPLANATION = Explanation.NOT_ENGLISH;

    private static final Set<String> ENGLISH = ClasspathWordLists.load("comment/check/english-common.txt");
    private static final Set<String> HINGLISH = ClasspathWordLists.load("comment/check/romanized-hindi.txt");
    private static final Set<String> CREOLE = ClasspathWordLists.load("comment/check/english-creoles.txt");
    // a Latin-script text this short, not ending as a sentence does, is a fragment before it is a language
    private static final int SHORT_WORDS = 6;
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("(?s).*\\p{L}['\"”’)]?[.!?։।。]$");
    private static final int CREOLE_MIN_WORDS = 3;
    private static final Pattern URL_OR_HANDLE = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|org|net|ly|io|co)(?:/\\S*)?|[@#][\\w-]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    // the share of common words at which a comment reads as English whatever the detector says
    private static final double ENGLISH_SHARE = 0.35;
    private static final int MAX_DETECTED_CHARS = 1000;

    private final Models models;
    private final CheckProperties properties;

    EnglishCheck(Models models, CheckProperties properties) {
        this.models = models;
        this.properties = properties;
    }

    @Override
    public Rule rule() {
        return Rule.NOT_ENGLISH;
    }

    @Override
    public Verdict check(String text) {
        Reading reading = read(URL_OR_HANDLE.matcher(text).replaceAll(" "));
        double score = reading.score();
        if (score >= properties.englishRejectAt()) {
            return new Verdict(rule(), Decision.REJECT, score, EXPLANATION, reading.evidence());
        }
        if (score >= properties.englishReviewAt()) {
            return new Verdict(rule(), Decision.REVIEW, score, EXPLANATION, reading.evidence());
        }
        return pass(score, reading.evidence());
    }

    /** How surely the text is not English, 0 to 1. */
    double score(String text) {
        return read(text).score();
    }

    /** A score and what it rests on, for {@code moderate --explain}. */
    private record Reading(double score, String evidence) {
    }

    private Reading read(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (letters > 0 && latin < letters * 0.5) {
            return new Reading(1.0, "mostly non-Latin script (" + latin + " of " + letters + " letters Latin)");
        }
        int words = 0;
        int english = 0;
        int hinglish = 0;
        int capitalised = 0;
        Set<String> creole = new java.util.HashSet<>();
        Matcher word = WORD.matcher(text.replace('’', '\''));
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            words++;
            if (Character.isUpperCase(word.group().codePointAt(0))) {
                capitalised++;
            }
            if (ENGLISH.contains(w) || ENGLISH.contains(w.replace("'", ""))) {
                english++;
            } else if (HINGLISH.contains(w)) {
                hinglish++;
            }
            if (CREOLE.contains(w)) {
                creole.add(w);
            }
        }
        if (words < properties.englishMinWords() || capitalised == words) {
            // too short to tell, or only names ("Modi, Rahul, Kejriwal"): names have no language
            return new Reading(0, words < properties.englishMinWords() ? "too short to judge (" + words + " words)"
                    : "only capitalised words (names)");
        }

        int carrying = LanguageWords.count(text);
        boolean sentence = ENDS_AS_SENTENCE.matcher(text.strip()).matches();
        if (carrying < properties.englishMinWords() && !sentence) {
            // names, numbers, laughter and one word said three times ("hmm acha acha") are a fragment's stuff
            return new Reading(0, "too few words that carry a language (" + carrying + " besides names, numbers, "
                    + "laughter and repeats)");
        }
        double englishShare = (double) english / words;
        double hinglishShare = (double) hinglish / words;
        if (hinglishShare >= 0.25 && hinglish >= 2 && hinglishShare > englishShare * 0.6) {
            return new Reading(Math.min(1.0, 0.7 + hinglishShare),
                    "romanized Hindi words " + hinglish + "/" + words + ", common English " + english + "/" + words);
        }
        if (creole.size() >= CREOLE_MIN_WORDS && (double) creole.size() / words >= 0.2) {
            return new Reading(0.9, "words of an English creole or pidgin " + creole.size() + "/" + words + " "
                    + creole.stream().sorted().toList());
        }
        if (carrying < SHORT_WORDS && (!sentence
                || Fragments.list(text) != null)) {
            // "Halloumi, sun, chaos", "hahaha Flames 0 Zambia 3": the detector guesses on a few unpunctuated words,
            // and names, numbers, laughter and repeats carry no language; short foreign comments are written as
            // sentences ("Uri igicucu, ceceka."), fragments are not
            return new Reading(0, "short and not written as a sentence (" + carrying + " words besides names, "
                    + "numbers, laughter and repeats): a fragment before a language");
        }
        double detected = englishConfidence(text);
        // common English words are the steadier signal on short texts (squared: a French sentence shares a word or
        // two with English, an English one shares a third of its words); the detector settles longer ones
        double englishness = Math.max(Math.pow(Math.min(1.0, englishShare / ENGLISH_SHARE), 2), detected);
        double score = 1.0 - englishness;
        if (words < 6 && english > 0) {
            // a few words give too little to go on: with any English word in them, hold rather than reject
            score = Math.min(score, (properties.englishReviewAt() + properties.englishRejectAt()) / 2);
        }
        return new Reading(score, String.format(Locale.ROOT, "common English words %d/%d, detector's English %.2f",
                english, words, detected));
    }

    private double englishConfidence(String text) {
        // the detector's cost grows with the text; its answer settles within the first thousand characters
        Language[] predicted = models.languages.predictLanguages(text.length() > MAX_DETECTED_CHARS
                ? text.substring(0, MAX_DETECTED_CHARS) : text);
        if (predicted.length == 0) {
            return 0;
        }
        if (predicted[0].getLang().equals("eng")) {
            return 1.0;
        }
        // the model spreads its confidence thinly over 103 languages: English close behind the best guess
        // (Scots, Frisian, a mixed comment) is a maybe, English far behind is a no
        for (Language language : predicted) {
            if (language.getLang().equals("eng")) {
                double ratio = language.getConfidence() / predicted[0].getConfidence();
                return Math.max(0, (ratio - 0.7) / 0.3);
            }
        }
        return 0;
    }
}
