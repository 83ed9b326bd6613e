package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The abuse check indexes its word lists once, and again whenever the lists hand it different sets. */
class AbuseCheckListChangesTest {

    /** Lists a moderator edits: each edit replaces the sets, as the database-backed lists do. */
    static final class EditedLists implements WordLists {
        volatile Set<String> banned = Set.of("frack");
        volatile Set<String> suspect = Set.of();

        @Override
        public Set<String> banned() {
            return banned;
        }

        @Override
        public Set<String> suspect() {
            return suspect;
        }
    }

    @Test
    void anEditToTheListsAppliesToTheNextComment() {
        EditedLists lists = new EditedLists();
        AbuseCheck check = new AbuseCheck(lists);
        assertThat(check.check("What a frack of a budget.").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("What a glorp of a budget.").decision()).isEqualTo(Decision.PUBLISH);

        lists.banned = Set.of("glorp");
        lists.suspect = Set.of("frack", "budget plan");

        assertThat(check.check("What a glorp of a budget.").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("What a fraaaack of a budget.").decision()).isEqualTo(Decision.REVIEW);
        assertThat(check.check("The budget plan again.").decision()).isEqualTo(Decision.REVIEW);
        assertThat(check.check("Glorping again, are we?").decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void entriesAreReadTheWayTheCheckReadsComments() {
        assertThat(WordLists.entryOf("  Sh1t  ")).isEqualTo("shit");
        assertThat(WordLists.entryOf("Anti-Social   Scum")).isEqualTo("anti social scum");
        assertThat(WordLists.entryOf("Crétin")).isEqualTo("cretin");
        assertThat(WordLists.entryOf("f*ck")).isEqualTo("f*ck");
        assertThat(WordLists.entryOf("!!! ...")).isEmpty();
    }
}
