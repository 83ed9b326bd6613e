package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shipped insult lexicon: every word class present, entries in the form comments are compared in. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.get();

    @Test
    void everyWordClassIsThereAndLarge() {
        assertThat(LEXICON.insultNouns()).hasSizeGreaterThan(100).contains("idiot", "moron", "scumbag");
        assertThat(LEXICON.accusationNouns()).contains("crook", "liar", "thief", "coward");
        assertThat(LEXICON.thingNouns()).contains("garbage", "joke", "fraud", "clown");
        assertThat(LEXICON.dehumanisingNouns()).contains("vermin", "cockroach", "parasite", "rat");
        assertThat(LEXICON.insultAdjectives()).contains("stupid", "brainless", "gormless");
        assertThat(LEXICON.judgingAdjectives()).contains("clueless", "useless", "spineless");
        assertThat(LEXICON.violence()).containsEntry("hang", "hanged").containsEntry("shoot", "shot")
                .containsEntry("string up", "strung up");
        assertThat(LEXICON.personNouns()).contains("governor", "migrants", "they", "anyone");
        assertThat(LEXICON.ideaNouns()).contains("policy", "plan", "trains");
    }

    @Test
    void aWordBelongsToOneNounClassAndIsNotAlsoAnIdeaOrAPerson() {
        List<Set<String>> classes = List.of(LEXICON.insultNouns(), LEXICON.accusationNouns(), LEXICON.thingNouns(),
                LEXICON.dehumanisingNouns());
        Set<String> seen = new HashSet<>();
        for (Set<String> nouns : classes) {
            for (String noun : nouns) {
                assertThat(seen.add(noun)).as("\"%s\" is in two noun classes", noun).isTrue();
            }
        }
        assertThat(LEXICON.insultAdjectives()).doesNotContainAnyElementsOf(LEXICON.judgingAdjectives());
        assertThat(LEXICON.personNouns()).doesNotContainAnyElementsOf(LEXICON.ideaNouns());
    }

    @Test
    void entriesAreWrittenAsCommentsAreCompared() {
        Set<String> all = new HashSet<>(LEXICON.allNouns());
        all.addAll(LEXICON.allAdjectives());
        all.addAll(LEXICON.violence().keySet());
        all.addAll(LEXICON.violence().values());
        for (String entry : all) {
            assertThat(WordLists.entryOf(entry)).as("lexicon entry \"%s\"", entry).isEqualTo(entry);
        }
    }

    @Test
    void thingCapableNounsAreTheThingAndDehumanisingClasses() {
        assertThat(LEXICON.thingCapable()).contains("garbage", "vermin").doesNotContain("idiot", "crook");
    }
}
