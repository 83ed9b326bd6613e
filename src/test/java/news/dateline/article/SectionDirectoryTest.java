package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The node's cached list of sections against a write made while another request is loading it: at start-up a
 * reader's first page (the masthead lists the sections) loaded the list just before the demo content added its
 * first section, the stale list landed in the cache after the write had cleared it, and the write's own read-back
 * failed ("No value present"), so the application did not start.
 */
class SectionDirectoryTest {

    /** The table in memory; the next load can be held after it has read the rows, as a slow query would be. */
    static class HeldTable extends SectionRepository {
        final List<Section> rows = new ArrayList<>();
        final CountDownLatch loadHasRead = new CountDownLatch(1);
        final CountDownLatch releaseLoad = new CountDownLatch(1);
        final CountDownLatch written = new CountDownLatch(1);
        volatile boolean holdNextLoad = true;

        HeldTable() {
            super(null);
        }

        @Override
        synchronized void ensure(String slug, String name, int position) {
            if (rows.stream().noneMatch(s -> s.slug().equals(slug))) {
                rows.add(new Section(rows.size() + 1, slug, name, position));
            }
            written.countDown();
        }

        @Override
        List<Section> all() {
            List<Section> read;
            synchronized (this) {
                read = List.copyOf(rows);
            }
            if (holdNextLoad) {
                holdNextLoad = false;
                loadHasRead.countDown();
                await(releaseLoad);
            }
            return read;
        }
    }

    @Test
    void aSectionAddedWhileAReaderLoadsTheListIsFoundAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2); // the common pool has one thread on two cores
        HeldTable table = new HeldTable();
        SectionDirectory directory = new SectionDirectory(table);
        CompletableFuture<List<Section>> reader = CompletableFuture.supplyAsync(directory::all, threads);
        await(table.loadHasRead);

        CompletableFuture<Section> added = CompletableFuture.supplyAsync(() -> directory.ensure("world", "World", 1), threads);
        await(table.written);
        Thread.sleep(200); // lets the write clear the cache and ask for the list while the reader's load is held
        table.releaseLoad.countDown();

        assertThat(added.get(10, TimeUnit.SECONDS).slug()).isEqualTo("world");
        assertThat(reader.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(directory.bySlug("world")).isPresent();
        assertThat(directory.all()).extracting(Section::slug).containsExactly("world");
        threads.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
