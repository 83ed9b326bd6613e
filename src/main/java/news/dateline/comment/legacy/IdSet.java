package news.dateline.comment.legacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids seen so far in one file, to reject a duplicate (and to tell this file's comments among a source's): kept as 64-bit hashes in an open-addressing table, so a
 * million ids cost about 16 MB rather than a set of strings several times that. Two different ids sharing a
 * 64-bit hash is vanishingly unlikely; it would be reported as a duplicate, never silently merged.
 */
final class IdSet {

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean hasZero;

    /** @return true when the id was not seen before */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        if (!insert(slots, h)) {
            return false;
        }
        size++;
        return true;
    }

    boolean contains(String id) {
        long h = hash(id);
        if (h == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return true;
            }
        }
        return false;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        Arrays.stream(slots).filter(h -> h != 0).forEach(h -> insert(bigger, h));
        slots = bigger;
    }

    /** FNV-1a over the UTF-8 bytes, then a final mix (from MurmurHash3) to spread the bits. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
