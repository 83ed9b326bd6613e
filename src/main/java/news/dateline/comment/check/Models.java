package news.dateline.comment.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models the checks use, loaded once per JVM from the model jars on the classpath (Maven Central's
 * {@code opennlp-models-*}: nothing is fetched at run time). The Spring service and the {@code moderate} command
 * share them; the thread-safe wrappers keep one tagger per thread over one shared model. The language detector's
 * model is read into a {@link CompactLanguageDetector} (immutable, so shared by every thread as it is).
 */
final class Models {

    static final String LANGUAGE_MODEL = "langdetect-183.bin";

    private static volatile Models instance;

    final SentenceDetector sentences;
    final Tokenizer tokens;
    final POSTagger partsOfSpeech;
    final CompactLanguageDetector languages;

    private Models() {
        this.sentences = new ThreadSafeSentenceDetectorME(
                load(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"), (ModelReader<SentenceModel>) SentenceModel::new));
        this.tokens = new ThreadSafeTokenizerME(
                load(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"), (ModelReader<TokenizerModel>) TokenizerModel::new));
        this.partsOfSpeech = new ThreadSafePOSTaggerME(load(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"), (ModelReader<POSModel>) POSModel::new));
        // the detector's weights held compactly (14 MB of heap instead of OpenNLP's 30), the same arithmetic
        this.languages = load(open(LANGUAGE_MODEL), (ModelReader<CompactLanguageDetector>) CompactLanguageDetector::read);
    }

    static Models get() {
        Models models = instance;
        if (models == null) {
            synchronized (Models.class) {
                if (instance == null) {
                    instance = new Models();
                }
                models = instance;
            }
        }
        return models;
    }

    static InputStream open(String resource) {
        InputStream in = Models.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    // the model constructors read the whole stream; close it whatever happens
    private static <T> T load(InputStream in, ModelReader<T> reader) {
        try (in) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }
}
