package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ViewTallyTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:30Z");
    private static final byte[] ALICE = {1, 2, 3};
    private static final byte[] BOB = {4, 5, 6};

    @Test
    void viewsAreCountedPerMinuteAndKey() {
        ViewTally tally = new ViewTally(100, ZoneOffset.UTC);
        tally.add(view(NOON, 7L, false, ALICE, null));
        tally.add(view(NOON.plusSeconds(20), 7L, false, BOB, null));
        tally.add(view(NOON.plusSeconds(40), 7L, false, ALICE, null)); // the next minute
        tally.add(view(NOON, 7L, true, null, null));

        ViewTally.Drained drained = tally.drain();

        assertThat(drained.counts()).extracting(c -> c.key().minute(), c -> c.key().metWall(), ViewTally.Count::views)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-12-01T12:00:00Z"), false, 2L),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-12-01T12:00:00Z"), true, 1L),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-12-01T12:01:00Z"), false, 1L));
        assertThat(drained.visitors()).hasSize(2);
        assertThat(tally.drain().isEmpty()).as("drained once").isTrue();
    }

    @Test
    void aVisitorIsWrittenAgainOnlyWhenWhatTheFunnelNeedsChanges() {
        ViewTally tally = new ViewTally(100, ZoneOffset.UTC);
        tally.add(view(NOON, 7L, false, ALICE, null));
        assertThat(tally.drain().visitors()).singleElement()
                .extracting(ViewTally.Visitor::lastArticleId, ViewTally.Visitor::metWall).containsExactly(7L, false);

        tally.add(view(NOON.plusSeconds(5), 7L, false, ALICE, null)); // the same story again
        tally.add(view(NOON.plusSeconds(6), null, false, ALICE, null)); // the home page
        assertThat(tally.drain().visitors()).as("nothing new about Alice").isEmpty();

        tally.add(view(NOON.plusSeconds(7), 8L, true, ALICE, null)); // another story, behind the wall
        tally.add(view(NOON.plusSeconds(8), null, false, ALICE, null));
        assertThat(tally.drain().visitors()).singleElement()
                .extracting(ViewTally.Visitor::lastArticleId, ViewTally.Visitor::metWall, ViewTally.Visitor::firstSeen)
                .containsExactly(8L, true, NOON.plusSeconds(7));

        tally.add(view(NOON.plusSeconds(86_400), 8L, false, ALICE, null)); // the next day is another visitor-day
        assertThat(tally.drain().visitors()).singleElement().extracting(ViewTally.Visitor::day)
                .isEqualTo(LocalDate.parse("2026-12-02"));

        tally.forgetWritten(); // after a failed write everything is written again
        tally.add(view(NOON.plusSeconds(86_401), 8L, false, ALICE, null));
        assertThat(tally.drain().visitors()).hasSize(1);
    }

    @Test
    void aMembersLatestArticleIsKeptAndWrittenOnlyWhenItChanges() {
        ViewTally tally = new ViewTally(100, ZoneOffset.UTC);
        tally.add(view(NOON.plusSeconds(2), 9L, false, null, 42L));
        tally.add(view(NOON, 8L, false, null, 42L)); // arrives later, read earlier
        tally.add(view(NOON, null, false, null, 43L)); // a listing page is no article
        assertThat(tally.drain().reads()).extracting(ViewTally.MemberRead::memberId, ViewTally.MemberRead::articleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(42L, 9L));
        tally.add(view(NOON.plusSeconds(3), 9L, false, null, 42L));
        assertThat(tally.drain().reads()).isEmpty();
    }

    @Test
    void aFullTallyDropsAndCountsInsteadOfWaiting() {
        ViewTally tally = new ViewTally(2, ZoneOffset.UTC);
        assertThat(tally.add(view(NOON, 1L, false, null, null))).isTrue();
        assertThat(tally.add(view(NOON, 2L, false, null, null))).isTrue();
        assertThat(tally.add(view(NOON, 1L, false, null, null))).as("an existing count still grows").isTrue();
        assertThat(tally.add(view(NOON, 3L, false, null, null))).isFalse();
        assertThat(tally.dropped()).isEqualTo(1);
        assertThatThrownBy(() -> new ViewTally(0, ZoneOffset.UTC)).hasMessageContaining("buffer-capacity");
    }

    @Test
    void noViewIsLostWhileTheWriterDrainsConcurrently() throws InterruptedException {
        ViewTally tally = new ViewTally(1_000, ZoneOffset.UTC);
        int threads = 4;
        int each = 50_000;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            long article = t % 2;
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < each; i++) {
                    tally.add(view(NOON, article, false, null, null));
                }
                done.countDown();
            });
        }
        List<ViewTally.Drained> drained = new ArrayList<>();
        AtomicBoolean finished = new AtomicBoolean();
        while (!finished.get()) {
            finished.set(done.getCount() == 0);
            drained.add(tally.drain());
        }
        assertThat(drained.stream().flatMap(d -> d.counts().stream()).mapToLong(ViewTally.Count::views).sum())
                .isEqualTo((long) threads * each);
    }

    private static PageView view(Instant at, Long article, boolean wall, byte[] visitor, Long member) {
        return new PageView(at, article, "news", ReaderKind.ANONYMOUS, member, wall, ReferrerClass.DIRECT, null, null,
                null, "desktop", visitor);
    }
}
