package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The compact detector against OpenNLP's own, on the same model file: on every comment of every shipped set, the
 * same languages in the same order with the same confidences, so the English check decides as it did.
 */
class CompactLanguageDetectorTest {

    @Test
    void itGivesOpenNlpsLanguagesAndConfidencesOnEveryShippedComment() throws IOException {
        LanguageDetectorME openNlp;
        try (InputStream in = Models.open(Models.LANGUAGE_MODEL)) {
            openNlp = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        CompactLanguageDetector compact = Models.get().languages;
        List<Evaluation.Example> comments = Evaluation.readResources(Evaluation.SHIPPED_SETS);
        assertThat(comments).hasSizeGreaterThan(10_000);
        for (Evaluation.Example comment : comments) {
            Language[] expected = openNlp.predictLanguages(comment.text());
            Language[] got = compact.predictLanguages(comment.text());
            assertThat(got).as(comment.text()).hasSameSizeAs(expected);
            for (int i = 0; i < 3; i++) {
                assertThat(got[i].getLang()).as("language %d of %s", i, comment.text()).isEqualTo(expected[i].getLang());
                assertThat(got[i].getConfidence()).as("confidence %d of %s", i, comment.text())
                        .isCloseTo(expected[i].getConfidence(), org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void itHoldsTheModelInLessThanHalfTheHeapOpenNlpTakes() {
        // OpenNLP's objects for this model take about 30 MB (bench/RESULTS.md, eighth round)
        assertThat(Models.get().languages.bytes()).isLessThan(16L * 1024 * 1024);
    }
}
