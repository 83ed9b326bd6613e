package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The insult vocabulary {@link PersonDirected} reads with, and how a word is looked up in it: plurals ("idiots"),
 * masked spellings ("id*ot") and entries of several words. It exists so that every part of the person-directed
 * rules finds an insult the same way.
 */
final class InsultWords {

    private InsultWords() {
    }

    static final Lexicon LEXICON = Lexicon.get();
    static final Set<String> NOUNS = LEXICON.allNouns();
    static final Set<String> ADJECTIVES = LEXICON.allAdjectives();
    static final int LONGEST_ENTRY = NOUNS.stream().mapToInt(n -> n.split(" ").length).max().orElse(1);

    // nouns that also fit things ("the trains are garbage", "this poll is a fraud"): only when said of a person
    static final Set<String> THING_CAPABLE = LEXICON.thingCapable();
    // nouns whose every use is an insult of someone ("moron"): they count wherever they name a person
    static final Set<String> INSULT_NOUNS = LEXICON.insultNouns();

    static final Set<String> STOP = Set.of("for", "to", "by", "with", "in", "on", "about", "that", "who",
            "which", "and", "or", "not", "no", "never", "if", "when", "because", "what", "how", "from", "at");

    static final Set<String> SECOND_PERSON = Set.of("you", "u", "ya", "yourself", "yourselves", "thou");
    static final Set<String> AUTHORS = Set.of("author", "authors", "writer", "journalist", "journalists", "intern",
            "reporter", "reporters", "editor", "editors", "columnist", "correspondent", "commenter", "commenters",
            "commentator", "poster", "op", "blogger", "hack", "scribe");
    // subjects that are ideas or things: "the plan is stupid", "this is rubbish", "it is a fraud"
    static final Set<String> IDEAS = LEXICON.ideaNouns();

    static boolean hasInsult(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (nounAt(words, k) != null || adjectiveAt(words, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The index of an insult noun within {@code span} words from {@code from}, or -1. */
    static int nounWithin(List<String> words, int from, int span) {
        return WordWindow.firstAhead(words, from, span, k -> nounAt(words, k) != null, STOP::contains);
    }

    static String nounAt(List<String> words, int at) {
        for (int n = Math.min(LONGEST_ENTRY, words.size() - at); n >= 1; n--) {
            String candidate = String.join(" ", words.subList(at, at + n));
            if (NOUNS.contains(candidate) || NOUNS.contains(stem(candidate)) || masked(candidate, NOUNS)) {
                return NOUNS.contains(candidate) ? candidate : stem(candidate);
            }
        }
        return null;
    }

    static String adjectiveAt(List<String> words, int at) {
        for (int n = Math.min(2, words.size() - at); n >= 1; n--) {
            String candidate = String.join(" ", words.subList(at, at + n));
            if (ADJECTIVES.contains(candidate) || masked(candidate, ADJECTIVES)) {
                return candidate;
            }
        }
        return null;
    }

    // "your a idiot", "youre so thick", "ur an idiot": "you are" misspelt
    static final Set<String> MISSPELT_YOU_ARE = Set.of("your", "youre", "ur", "yer", "yur");
    static final Set<String> AFTER_YOU_ARE = Set.of("a", "an", "so", "such", "too", "the", "just", "nothing",
            "really", "absolutely", "completely", "totally", "clearly", "obviously", "well", "proper", "literally");

    /** Masked insults read as the one entry they fit ("id*ot" → "idiot"), so phrases see them too. */
    static List<String> unmasked(List<String> words) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (MISSPELT_YOU_ARE.contains(words.get(k)) && AFTER_YOU_ARE.contains(words.get(k + 1))) {
                List<String> fixed = new ArrayList<>(words.subList(0, k));
                fixed.add("you");
                fixed.add("re");
                fixed.addAll(words.subList(k + 1, words.size()));
                return unmasked(fixed);
            }
        }
        if (words.stream().noneMatch(w -> w.indexOf('*') > 0)) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String entry = w;
            if (w.indexOf('*') > 0) {
                Pattern pattern = Pattern.compile(w.replaceAll("[^\\p{L}*]", "").replace("*", "\\p{L}")
                        + "(s|es)?");
                for (Set<String> entries : List.of(NOUNS, ADJECTIVES)) {
                    for (String e : entries) {
                        Matcher m = pattern.matcher(e);
                        if (m.matches() || pattern.matcher(e + "s").matches()) {
                            entry = pattern.matcher(e).matches() ? e : e + "s";
                        }
                    }
                }
            }
            out.add(entry);
        }
        return out;
    }

    /** "idiots" → "idiot", "thieves" → "thief", "leeches" → "leech". */
    static String stem(String word) {
        if (word.endsWith("ves") && NOUNS.contains(word.substring(0, word.length() - 3) + "f")) {
            return word.substring(0, word.length() - 3) + "f";
        }
        if (word.endsWith("es") && NOUNS.contains(word.substring(0, word.length() - 2))) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** "c*nt", "st*pid": a masked word that fits exactly one kind of entry. */
    static boolean masked(String word, Set<String> entries) {
        if (word.indexOf('*') < 0 || word.charAt(0) == '*' || word.indexOf(' ') >= 0) {
            return false;
        }
        Pattern pattern = Pattern.compile(word.replaceAll("[^\\p{L}*]", "").replace("*", "\\p{L}"));
        return entries.stream().anyMatch(e -> pattern.matcher(e).matches() || pattern.matcher(e + "s").matches()
                || pattern.matcher(e + "es").matches());
    }
}
