package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The clause features the learned model reads ({@link ClauseShapes}): who a copula speaks of, the class or word-vector
 * cluster of the noun it predicates, and the word after it, so that the model can weigh "the old minister is a
 * dinosaur in the best sense" apart from "the minister is a dinosaur".
 */
class ClauseShapesTest {

    private static List<String> clauseFeatures(String text) {
        Map<String, Integer> features = new LinkedHashMap<>();
        WordClasses.addTo(text, false, features);
        return features.keySet().stream().filter(f -> f.startsWith("p:")).toList();
    }

    @Test
    void theSubjectsKindAndTheWordAfterTheNounAreFeatures() {
        assertThat(clauseFeatures("The old minister is a dinosaur in the best sense.")).contains("p:PERSON A in");
        assertThat(clauseFeatures("The plan is a dinosaur.")).contains("p:IDEA A </s>");
        assertThat(clauseFeatures("You are a dinosaur.")).contains("p:YOU A </s>");
        assertThat(clauseFeatures("He is not a dinosaur.")).contains("p:HE NOT A </s>");
        assertThat(clauseFeatures("Anyone who believes him is a fool.")).contains("p:SOMEONE-WHO NOUN");
        assertThat(clauseFeatures("The editor of this paper is a disgrace.")).anyMatch(f -> f.startsWith("p:AUTHOR "));
        assertThat(clauseFeatures("Kohli behaved like a spoilt brat.")).anyMatch(f -> f.endsWith(" A </s>"));
    }

    @Test
    void aNounNoListHoldsIsReadByItsWordVectorCluster() {
        String wordClass = WordClasses.classOf("iguana", Set.of());
        String expected = wordClass.equals("_") ? "cl" + WordVectors.shipped().cluster("iguana") : wordClass;
        assertThat(clauseFeatures("The minister is a lazy iguana.")).contains("p:PERSON " + expected,
                "p:PERSON " + expected + " </s>");
    }

    @Test
    void aSentenceWithoutACopulaAndAnArticleHasNone() {
        assertThat(clauseFeatures("The minister spoke for an hour about the budget.")).isEmpty();
        assertThat(clauseFeatures("The minister is wrong.")).isEmpty();
    }
}
