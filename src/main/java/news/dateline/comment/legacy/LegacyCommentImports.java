package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import news.dateline.article.ArticleQueries;
import news.dateline.comment.store.CommentWriter;
import news.dateline.comment.store.ImportCounts;
import news.dateline.comment.store.ImportedComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an earlier platform's comment export (Disqus XML, CSV or JSON) as comments under current articles,
 * streaming: rows are read one at a time and stored a batch (1,000) per transaction, so memory does not grow with
 * the file (only a 16-byte hash per comment id, to catch duplicates). Running the same or a newer export again
 * adds only what is new and updates likes, status and text (see {@link CommentWriter#importBatch}). Threads are
 * resolved at the end, when every parent that will come has been stored. The guideline checks are not run:
 * the comments were published under the earlier platform's rules, and keep the status they had there.
 * <p>
 * A run saves its counts with every batch and keeps a heartbeat ({@link RunHeartbeat}); a run whose heartbeat is
 * older than {@link #STALE_AFTER} lost its process (kill -9, a crash) and is marked interrupted with the counts
 * it had saved, on whichever node looks first.
 */
@Service
public class LegacyCommentImports {

    static final int BATCH = 1_000;
    /** Rejections kept in the database per run; the count and the command line cover them all. */
    static final int STORED_REJECTIONS = 1_000;
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** Ten missed beats: long enough for a garbage collection or a slow database, short enough to be told soon. */
    static final Duration STALE_AFTER = HEARTBEAT.multipliedBy(10);
    /** Comments with an unknown parent the command line lists by id. */
    static final int UNKNOWN_PARENTS_LISTED = 20;

    private final LegacyCommentStore store;
    private final LegacyArticleRepository mappings;
    private final ArticleQueries articles;
    private final TransactionTemplate transactions;
    private final CommentWriter writer;
    private final Clock clock;
    private final ImportMetrics metrics;

    LegacyCommentImports(LegacyCommentStore store, LegacyArticleRepository mappings, ArticleQueries articles,
                         TransactionTemplate transactions, CommentWriter writer, Clock clock, ImportMetrics metrics) {
        this.store = store;
        this.mappings = mappings;
        this.articles = articles;
        this.transactions = transactions;
        this.writer = writer;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * The outcome of one run, with its id in the run history.
     *
     * @param unknownParents the first of this run's comments whose parent is unknown: legacy id, then the parent's
     */
    public record Result(long runId, ImportReport report, List<UnknownParent> unknownParents) {
    }

    public record UnknownParent(String commentId, String parentId) {
    }

    /**
     * @param source the platform the ids belong to, or null for the format's default ("disqus" or "legacy")
     * @throws LegacyImportException when the file cannot be read at all (the rows stored so far stay, and the
     *                               run records the failure; running again resumes)
     */
    public Result run(String fileName, String source, InputStream in, ImportProgress progress) {
        LegacyFormat format = LegacyFormat.of(fileName);
        String src = source == null || source.isBlank() ? format.defaultSource() : source.strip();
        if (!SOURCE.matcher(src).matches()) {
            throw new LegacyImportException("source '" + src + "' should be a short lower-case name such as "
                    + "'disqus' or 'oldsite' (letters, digits, . _ -)");
        }
        markInterruptedRuns();
        long runId = store.startRun(fileName, src, clock.instant());
        Run run = new Run(runId, src, new ArticleMatcher(mappings, articles::exists), progress);
        try (RunHeartbeat heartbeat = new RunHeartbeat(runId, HEARTBEAT, () -> store.heartbeat(runId, clock.instant()));
             LegacyCommentReader reader = format.open(new CountingInputStream(in, progress))) {
            for (LegacyRecord record = reader.next(); record != null; record = reader.next()) {
                run.take(record);
            }
            run.flush();
            run.resolveThreads();
            store.finishRun(runId, run.report(), clock.instant(), null);
            metrics.ended(run.report(), true);
            progress.finished();
            return new Result(runId, run.report(), run.unknownParentsListed);
        } catch (LegacyImportException e) {
            finishFailed(run, e.getMessage());
            throw e;
        } catch (IOException e) {
            finishFailed(run, "stopped: " + e.getMessage());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            finishFailed(run, "stopped: " + e.getMessage());
            throw e;
        }
    }

    private void finishFailed(Run run, String failure) {
        run.flush();
        store.finishRun(run.runId, run.report(), clock.instant(), failure);
        metrics.ended(run.report(), false);
        run.progress.finished();
    }

    /** Marks the runs whose process stopped before their end; any node may do it, at any time. */
    void markInterruptedRuns() {
        store.markInterrupted(clock.instant().minus(STALE_AFTER));
    }

    public List<ImportRunView> recentRuns(int limit) {
        markInterruptedRuns();
        return store.runs(limit).stream().map(r -> r.withRejections(store.rejections(r.id(), STORED_REJECTIONS)
                .stream().map(x -> new ImportRejection(x.line(), x.reason())).toList())).toList();
    }

    /** The state of one run: its counts, and the batch not yet stored. */
    private final class Run {

        private final long runId;
        private final String source;
        private final ArticleMatcher matcher;
        private final ImportProgress progress;
        private final IdSet seen = new IdSet();
        /** This file's stored comments that name a parent: only they count as this run's unknown parents. */
        private final IdSet replies = new IdSet();
        private final List<UnknownParent> unknownParentsListed = new ArrayList<>();
        private final List<ImportedComment> batch = new ArrayList<>(BATCH);
        private final List<RejectedRow> rejections = new ArrayList<>();
        private int read, imported, updated, rejected, unknownParents, keptModerated, storedRejections;

        Run(long runId, String source, ArticleMatcher matcher, ImportProgress progress) {
            this.runId = runId;
            this.source = source;
            this.matcher = matcher;
            this.progress = progress;
        }

        void take(LegacyRecord record) {
            read++;
            classify(record);
            // every BATCH rows read, even when all were rejected, so the saved counts stay near the truth
            if (read % BATCH == 0) {
                flush();
            }
        }

        private void classify(LegacyRecord record) {
            switch (record) {
                case RejectedRow r -> reject(r);
                case LegacyRow row -> {
                    if (!seen.add(row.id())) {
                        reject(new RejectedRow(row.line(), "comment " + row.id() + ": duplicate id within the file"));
                        return;
                    }
                    Optional<Long> article = matcher.match(row.articleKeys());
                    if (article.isEmpty()) {
                        reject(new RejectedRow(row.line(), "comment " + row.id() + ": unknown article "
                                + String.join(" / ", row.articleKeys())
                                + " (add it under /admin/community/legacy-articles)"));
                        return;
                    }
                    batch.add(new ImportedComment(article.get(), row.id(), row.parentId(), row.authorName(),
                            row.authorEmail(), row.text(), row.status(), row.likes(), row.createdAt()));
                    if (row.parentId() != null) {
                        replies.add(row.id());
                    }
                }
            }
        }

        private void reject(RejectedRow row) {
            rejected++;
            progress.rejected(new ImportProgress.RejectedRowView(row.line(), row.reason()));
            if (storedRejections < STORED_REJECTIONS) {
                storedRejections++;
                rejections.add(row);
            }
        }

        void flush() {
            transactions.executeWithoutResult(tx -> {
                if (!batch.isEmpty()) {
                    // the writer drops the pages of every article on every node when the batch commits
                    ImportCounts done = writer.importBatch(source, batch);
                    imported += done.inserted();
                    updated += done.updated();
                    keptModerated += done.keptModerated();
                }
                store.storeRejections(runId, rejections);
                store.saveProgress(runId, report(), clock.instant());
            });
            batch.clear();
            rejections.clear();
        }

        void resolveThreads() {
            transactions.executeWithoutResult(tx -> writer.resolveImportedThreads(source));
            // the source's earlier runs may have left orphans of their own: only this file's are counted
            store.eachUnknownParent(source, (id, parent) -> {
                if (replies.contains(id)) {
                    unknownParents++;
                    if (unknownParentsListed.size() < UNKNOWN_PARENTS_LISTED) {
                        unknownParentsListed.add(new UnknownParent(id, parent));
                    }
                }
            });
        }

        ImportReport report() {
            return new ImportReport(read, imported, updated, read - imported - updated - rejected, rejected,
                    unknownParents, keptModerated);
        }
    }
}
