package news.dateline.comment.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment reduced to the words a reader sees, for the abuse and personal checks: accents and case dropped,
 * spaced-out letters joined ("f u c k"), leetspeak read as letters ("sh1t", "@ss"). Masking characters ({@code *},
 * {@code #}) stay in the word so the abuse check can match them as wildcards; elongations ("fuuuck") are left to
 * the matcher, which knows which words may be elongated.
 */
record NormalisedText(List<String> words) {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B-\u200D\u2060\uFEFF]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // three or more single characters separated by one space, dot, dash or underscore: "f u c k", "s.h.i.t"
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\p{L}\\d*@$])(?:[\\p{L}\\d*@$][ .\\-_]){2,}[\\p{L}\\d*@$](?![\\p{L}\\d*@$])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d*@$!#%]+");

    static NormalisedText of(String text) {
        // zero-width and soft-hyphen characters hide a word from matching ("id\u200Biot") and mean nothing to a reader
        String plain = URL.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ");
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace('’', '\'');
        plain = joinSpacedLetters(plain);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            String token = trimPunctuation(word.group());
            if (!token.isEmpty()) {
                words.add(readLeetspeak(token));
            }
        }
        return new NormalisedText(List.copyOf(words));
    }

    /** The words separated by single spaces, with a space at each end so phrases match on whole words. */
    String padded() {
        return " " + String.join(" ", words) + " ";
    }

    private static String joinSpacedLetters(String text) {
        Matcher spaced = SPACED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (spaced.find()) {
            String run = spaced.group();
            // keep ordinary short words apart ("i am a", "u r a"): only join when no piece is a word of its own;
            // letters joined by dots or dashes after a space are a word of their own ("a c.l.o.w.n")
            String joined = run.matches(".*[.\\-_].*") && run.contains(" ")
                    ? String.join(" ", java.util.Arrays.stream(run.split(" ")).map(p -> p.replaceAll("[.\\-_]", ""))
                            .toList())
                    : run.replaceAll("[ .\\-_]", "");
            spaced.appendReplacement(out, Matcher.quoteReplacement(looksLikeWords(run) ? run : joined));
        }
        spaced.appendTail(out);
        return out.toString();
    }

    private static boolean looksLikeWords(String run) {
        // a run made only of English one-letter words ("i", "a") and chat's "u" and "r" ("u r a clown") is ordinary
        // writing, not a spelled-out word
        return run.replaceAll("[ .\\-_]", "").chars().allMatch(c -> c == 'i' || c == 'a' || c == 'u' || c == 'r');
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && "!#%".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "!#%".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    private static String readLeetspeak(String token) {
        if (token.chars().noneMatch(Character::isLetter)) {
            return token; // a number stays a number
        }
        StringBuilder out = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                case '#', '%' -> '*';
                default -> c;
            });
        }
        return out.toString();
    }
}
