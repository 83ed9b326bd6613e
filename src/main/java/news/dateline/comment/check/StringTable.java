package news.dateline.comment.check;

import java.util.Arrays;

/**
 * A fixed set of strings, each known by its row (its place in the list it was built from), kept as one char array:
 * what a {@code HashMap<String, Integer>} does for a vocabulary, in about a tenth of the heap (no String, node or
 * boxed Integer per entry). Open addressing with linear probing over a table at most two thirds full. Used for the word
 * vectors' vocabulary ({@link WordVectors}) and the language detector's 146,000 letter runs
 * ({@link CompactLanguageDetector}). Immutable once built, so any number of threads may read it.
 */
final class StringTable {

    private final char[] chars;
    private final int[] starts;
    private final int[] slots;
    private final int mask;

    StringTable(String[] strings) {
        int total = 0;
        for (String s : strings) {
            total += s.length();
        }
        this.chars = new char[total];
        this.starts = new int[strings.length + 1];
        int at = 0;
        for (int i = 0; i < strings.length; i++) {
            strings[i].getChars(0, strings[i].length(), chars, at);
            at += strings[i].length();
            starts[i + 1] = at;
        }
        int size = Integer.highestOneBit(Math.max(4, strings.length + strings.length / 2)) << 1; // at most 2/3 full
        this.slots = new int[size];
        this.mask = size - 1;
        Arrays.fill(slots, -1);
        for (int i = 0; i < strings.length; i++) {
            int slot = spread(strings[i].hashCode()) & mask;
            while (slots[slot] >= 0 && !matches(slots[slot], strings[i])) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i; // a repeat takes the later row, as HashMap.put would
        }
    }

    /** The string's row, or -1 when it is not in the table. */
    int row(CharSequence s) {
        int slot = spread(hash(s)) & mask;
        for (int row; (row = slots[slot]) >= 0; slot = (slot + 1) & mask) {
            if (matches(row, s)) {
                return row;
            }
        }
        return -1;
    }

    int size() {
        return starts.length - 1;
    }

    /** Heap held, roughly: for {@code moderate --stats} and the round's notes. */
    long bytes() {
        return 2L * chars.length + 4L * starts.length + 4L * slots.length;
    }

    private boolean matches(int row, CharSequence s) {
        int start = starts[row];
        int length = starts[row + 1] - start;
        if (length != s.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // String.hashCode's arithmetic for any CharSequence, so a lookup needs no String
    private static int hash(CharSequence s) {
        if (s instanceof String string) {
            return string.hashCode();
        }
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
