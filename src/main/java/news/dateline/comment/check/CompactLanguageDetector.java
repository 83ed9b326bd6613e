package news.dateline.comment.check;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;

/**
 * OpenNLP's language detector (the {@code langdetect-183.bin} model: a maximum-entropy model over letter runs of one
 * to three characters, 103 languages) with its parameters held compactly: the 146,000 letter runs in a
 * {@link StringTable}, the outcome patterns as bytes and the 1.27 million weights in one {@code double[]}, about 14 MB
 * of heap where OpenNLP's own objects (a HashMap of Strings to a Context each, an int[] of outcomes per pattern)
 * take about 30. The arithmetic is {@code LanguageDetectorME}'s, in the same order and in doubles: a uniform prior,
 * each distinct letter run's weights added once, then a softmax; so it gives the same languages with the same
 * confidences ({@code CompactLanguageDetectorTest} compares the two on every shipped comment).
 * <p>
 * Reads the GIS model from the model jar's {@code .bin} (a zip holding {@code langdetect.model}, written by
 * OpenNLP's {@code BinaryGISModelWriter}); the letter runs are made by the model's factory, as OpenNLP makes them.
 */
final class CompactLanguageDetector {

    private static final String ENTRY = "langdetect.model";

    private final LanguageDetectorContextGenerator letterRuns = new LanguageDetectorFactory().getContextGenerator();
    private final String[] languages;
    private final StringTable runs;
    private final int[] patternOf;
    private final int[] firstWeight;
    private final int[] patternStart;
    private final byte[] patternLanguages;
    private final double[] weights;
    private final double prior;

    private CompactLanguageDetector(String[] languages, StringTable runs, int[] patternOf, int[] firstWeight,
                                    int[] patternStart, byte[] patternLanguages, double[] weights) {
        this.languages = languages;
        this.runs = runs;
        this.patternOf = patternOf;
        this.firstWeight = firstWeight;
        this.patternStart = patternStart;
        this.patternLanguages = patternLanguages;
        this.weights = weights;
        this.prior = Math.log(1.0 / languages.length); // OpenNLP's UniformPrior
    }

    /** Reads the model from a {@code .bin} of OpenNLP's langdetect models. */
    static CompactLanguageDetector read(InputStream bin) throws IOException {
        ZipInputStream zip = new ZipInputStream(bin);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            if (entry.getName().equals(ENTRY)) {
                return readGis(new DataInputStream(new java.io.BufferedInputStream(zip)));
            }
        }
        throw new IllegalStateException("no " + ENTRY + " in the language detector's model file");
    }

    private static CompactLanguageDetector readGis(DataInputStream in) throws IOException {
        String type = in.readUTF();
        if (!type.equals("GIS")) {
            throw new IllegalStateException(ENTRY + " is a " + type + " model, not the GIS model this reads");
        }
        in.readInt(); // the correction constant and parameter: GISModel's evaluation no longer uses them
        in.readDouble();
        String[] languages = new String[in.readInt()];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = in.readUTF();
        }
        int[][] patterns = new int[in.readInt()][];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = Arrays.stream(in.readUTF().split(" ")).mapToInt(Integer::parseInt).toArray();
        }
        String[] names = new String[in.readInt()];
        for (int i = 0; i < names.length; i++) {
            names[i] = in.readUTF();
        }
        // each pattern: how many letter runs use it, then the languages they have weights for, in run order
        int[] patternOf = new int[names.length];
        int[] firstWeight = new int[names.length + 1];
        int[] patternStart = new int[patterns.length + 1];
        int outcomes = 0;
        int run = 0;
        for (int p = 0; p < patterns.length; p++) {
            int width = patterns[p].length - 1;
            outcomes += width;
            patternStart[p + 1] = outcomes;
            for (int j = 0; j < patterns[p][0]; j++, run++) {
                patternOf[run] = p;
                firstWeight[run + 1] = firstWeight[run] + width;
            }
        }
        byte[] patternLanguages = new byte[outcomes];
        for (int p = 0; p < patterns.length; p++) {
            for (int k = 1; k < patterns[p].length; k++) {
                patternLanguages[patternStart[p] + k - 1] = (byte) patterns[p][k];
            }
        }
        double[] weights = new double[firstWeight[names.length]];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readDouble();
        }
        return new CompactLanguageDetector(languages, new StringTable(names), patternOf, firstWeight, patternStart,
                patternLanguages, weights);
    }

    /** Every language with its confidence, most likely first (as {@code LanguageDetectorME.predictLanguages}). */
    Language[] predictLanguages(CharSequence content) {
        // the distinct letter runs, in the order OpenNLP's HashMap of counts gives them (the sum's order)
        Set<CharSequence> distinct = new HashSet<>();
        for (CharSequence gram : letterRuns.getContext(content)) {
            distinct.add(gram);
        }
        double[] scores = new double[languages.length];
        Arrays.fill(scores, prior);
        for (CharSequence gram : distinct) {
            int run = runs.row(gram.toString());
            if (run < 0) {
                continue;
            }
            int start = patternStart[patternOf[run]];
            for (int w = firstWeight[run], k = start; w < firstWeight[run + 1]; w++, k++) {
                scores[patternLanguages[k]] += weights[w] * 1.0;
            }
        }
        double normal = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = StrictMath.exp(scores[i]);
            normal += scores[i];
        }
        Language[] predicted = new Language[scores.length];
        for (int i = 0; i < scores.length; i++) {
            predicted[i] = new Language(languages[i], scores[i] / normal);
        }
        Arrays.sort(predicted, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return predicted;
    }

    /** Heap held, roughly: for the round's notes. */
    long bytes() {
        return runs.bytes() + 4L * (patternOf.length + firstWeight.length + patternStart.length)
                + patternLanguages.length + 8L * weights.length;
    }
}
