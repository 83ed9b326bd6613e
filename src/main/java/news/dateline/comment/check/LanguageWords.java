package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a comment that can tell its language: not names (a capital inside a sentence), not acronyms or
 * shouting, not numbers ("6k", "AQI 298"), not laughter or chat ("hahaha", "lol", "ja ja ja"), and each word once.
 * "Syria Russia Assad oil pipeline", "hahaha Flames 0 Zambia 3" and "Wahala wahala wahala 😩" have fewer than
 * three such words: a language detector guesses on them, and they are fragments whatever their language.
 */
final class LanguageWords {

    // a run of letters with the digits stuck to it ("6k", "ya3ni"), apostrophes and hyphens inside
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:]\\s*$");

    private LanguageWords() {
    }

    /** How many distinct words carry a language. */
    static int count(String text) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> firsts = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        int last = 0;
        while (token.find()) {
            firsts.add(tokens.isEmpty() || SENTENCE_END.matcher(text.substring(last, token.start())).find());
            tokens.add(token.group());
            last = token.end();
        }
        Set<String> words = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t);
            if (word.codePoints().anyMatch(Character::isDigit) || word.length() < 2 || Fragments.interjection(word)) {
                continue;
            }
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            boolean allCapitals = word.equals(word.toUpperCase(Locale.ROOT));
            // a capital inside a sentence is a name; so is a first word that a capitalised word follows ("Syria Russia")
            boolean name = capital && (!firsts.get(t) || t + 1 < tokens.size() && !firsts.get(t + 1)
                    && Character.isUpperCase(tokens.get(t + 1).codePointAt(0)));
            if (allCapitals || name) {
                continue;
            }
            words.add(word.toLowerCase(Locale.ROOT));
        }
        return words.size();
    }
}
