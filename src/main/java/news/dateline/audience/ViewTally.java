package news.dateline.audience;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Page views counted in this node's memory until the writer takes them ({@link #drain()}), about once a second: a
 * count per minute and combination of what the audience pages tell apart ({@link Key}), each visitor hash of the
 * day once with what the funnel needs of it, and each member's last article. A view costs a few map updates on the
 * request thread and no lock a reader waits on (a key being drained is removed atomically, so a view arriving at
 * the same moment starts a new count instead of being lost). What was written before and has not changed is not
 * handed out again, so a reader's tenth page today writes nothing about them.
 */
class ViewTally {

    /** What a minute's count is kept per: every column of {@code page_view_minute} but the count. */
    record Key(Instant minute, long articleId, String sectionSlug, ReaderKind kind, ReferrerClass referrer,
               String device, boolean metWall, String utmSource, String utmMedium, String utmCampaign) {

        static final Comparator<Key> ORDER = Comparator.comparing(Key::minute).thenComparingLong(Key::articleId)
                .thenComparing(Key::sectionSlug).thenComparing(Key::kind).thenComparing(Key::referrer)
                .thenComparing(Key::device).thenComparing(Key::metWall).thenComparing(Key::utmSource)
                .thenComparing(Key::utmMedium).thenComparing(Key::utmCampaign);
    }

    record Count(Key key, long views) {
    }

    /** A visitor hash on a day: when first seen, whether it met the wall, the last article it read (or null). */
    record Visitor(LocalDate day, byte[] hash, Instant firstSeen, boolean metWall, Long lastArticleId,
                   Instant lastReadAt) {

        Visitor merge(Visitor later) {
            boolean newer = later.lastArticleId != null
                    && (lastArticleId == null || !later.lastReadAt.isBefore(lastReadAt));
            return new Visitor(day, hash, firstSeen.isAfter(later.firstSeen) ? later.firstSeen : firstSeen,
                    metWall || later.metWall, newer ? later.lastArticleId : lastArticleId,
                    newer ? later.lastReadAt : lastReadAt);
        }

        /** Whether this view would change nothing stored: the same last article (or none) and the wall as known. */
        boolean alreadySays(PageView view) {
            return (view.articleId() == null || view.articleId().equals(lastArticleId))
                    && (metWall || !view.metWall()) && !view.viewedAt().isBefore(firstSeen);
        }

        String hex() {
            return HexFormat.of().formatHex(hash);
        }
    }

    /** A member's last article read. */
    record MemberRead(long memberId, long articleId, Instant readAt) {

        MemberRead later(MemberRead other) {
            return other.readAt.isBefore(readAt) ? this : other;
        }
    }

    /** What the writer stores, each list in one order so that two nodes' writes never deadlock. */
    record Drained(List<Count> counts, List<Visitor> visitors, List<MemberRead> reads) {

        boolean isEmpty() {
            return counts.isEmpty() && visitors.isEmpty() && reads.isEmpty();
        }
    }

    private record VisitorKey(LocalDate day, ByteBuffer hash) {
    }

    private record Written(boolean metWall, Long lastArticleId) {
    }

    private final int capacity;
    private final ZoneId zone;
    private final Map<Key, Long> counts = new ConcurrentHashMap<>();
    private final Map<VisitorKey, Visitor> visitors = new ConcurrentHashMap<>();
    private final Map<Long, MemberRead> reads = new ConcurrentHashMap<>();
    // what the database already holds from this node, so an unchanged visitor or member is not written again
    private final Map<VisitorKey, Written> writtenVisitors = new ConcurrentHashMap<>();
    private final Map<Long, Long> writtenReads = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param capacity how many distinct counts, visitors and members each may wait at most; beyond it a view is
     *                 dropped and counted, never waited for
     * @param zone     the zone of the visitor hashes' day (the site's)
     */
    ViewTally(int capacity, ZoneId zone) {
        if (capacity < 1) {
            throw new IllegalArgumentException("dateline.audience.buffer-capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.zone = zone;
    }

    /** Counts the view if there is room; never blocks. */
    boolean add(PageView view) {
        Key key = new Key(view.viewedAt().truncatedTo(ChronoUnit.MINUTES),
                view.articleId() == null ? 0 : view.articleId(), Objects.requireNonNullElse(view.sectionSlug(), ""),
                view.kind(), view.referrer(), view.device(), view.metWall(), blankIfNull(view.utmSource()),
                blankIfNull(view.utmMedium()), blankIfNull(view.utmCampaign()));
        if (counts.size() >= capacity && !counts.containsKey(key)) {
            dropped.incrementAndGet();
            return false;
        }
        counts.merge(key, 1L, Long::sum);
        if (view.visitor() != null && visitors.size() < capacity) {
            LocalDate day = LocalDate.ofInstant(view.viewedAt(), zone);
            VisitorKey visitor = new VisitorKey(day, ByteBuffer.wrap(view.visitor()));
            Visitor waiting = visitors.get(visitor);
            // a reader's further views of the same story add nothing the funnel keeps: no merge, no allocation
            if (waiting == null || !waiting.alreadySays(view)) {
                visitors.merge(visitor, new Visitor(day, view.visitor(), view.viewedAt(), view.metWall(),
                        view.articleId(), view.articleId() == null ? null : view.viewedAt()), Visitor::merge);
            }
        }
        if (view.memberId() != null && view.articleId() != null && reads.size() < capacity) {
            reads.merge(view.memberId(), new MemberRead(view.memberId(), view.articleId(), view.viewedAt()),
                    MemberRead::later);
        }
        return true;
    }

    /** Takes everything counted so far, leaving out visitors and members whose stored state it would not change. */
    Drained drain() {
        List<Count> drainedCounts = new ArrayList<>();
        for (Key key : counts.keySet()) {
            Long views = counts.remove(key);
            if (views != null) {
                drainedCounts.add(new Count(key, views));
            }
        }
        drainedCounts.sort(Comparator.comparing(Count::key, Key.ORDER));
        List<Visitor> drainedVisitors = new ArrayList<>();
        forgetBeyondCapacity();
        for (VisitorKey key : visitors.keySet()) {
            Visitor visitor = visitors.remove(key);
            Written before = visitor == null ? null : writtenVisitors.get(key);
            if (visitor != null && (before == null || (visitor.metWall() && !before.metWall())
                    || (visitor.lastArticleId() != null && !visitor.lastArticleId().equals(before.lastArticleId())))) {
                drainedVisitors.add(visitor);
                writtenVisitors.put(key, new Written(visitor.metWall() || (before != null && before.metWall()),
                        visitor.lastArticleId() != null ? visitor.lastArticleId()
                                : before == null ? null : before.lastArticleId()));
            }
        }
        drainedVisitors.sort(Comparator.comparing(Visitor::day).thenComparing(Visitor::hex));
        List<MemberRead> drainedReads = new ArrayList<>();
        for (Long member : reads.keySet()) {
            MemberRead read = reads.remove(member);
            if (read != null && !Long.valueOf(read.articleId()).equals(writtenReads.get(member))) {
                drainedReads.add(read);
                writtenReads.put(member, read.articleId());
            }
        }
        drainedReads.sort(Comparator.comparingLong(MemberRead::memberId));
        return new Drained(drainedCounts, drainedVisitors, drainedReads);
    }

    /** After a failed write: the database may not hold what this node thinks it wrote. */
    void forgetWritten() {
        writtenVisitors.clear();
        writtenReads.clear();
    }

    long dropped() {
        return dropped.get();
    }

    int waiting() {
        return counts.size();
    }

    /** The memory of what was written is only a saving: past the capacity it starts afresh. */
    private void forgetBeyondCapacity() {
        if (writtenVisitors.size() > capacity || writtenReads.size() > capacity) {
            forgetWritten();
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
