package news.dateline.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * Sessions kept in PostgreSQL (the {@code store}), read from a node-local copy and written only when needed.
 * <ul>
 * <li>Reads: each node keeps a snapshot of the sessions it served ({@link KeptAttribute}), so a request gets its
 * own copy and never shares mutable objects with another request. What every signed-in request reads (the security
 * context, the CSRF token) is kept as objects and copied without Java serialization, which took a sixth of a
 * member's article page (JFR, bench/RESULTS.md); anything else is kept serialized and deserialized per request.</li>
 * <li>Writes: a session is saved when something in it changed, or when its stored last-access time is older than
 * {@code touchInterval} (Spring Session would otherwise update its row on every request). The stored session is
 * loaded only then, and the change applied to it.</li>
 * <li>Other nodes: every save and delete is announced ({@code announce}, the ChangeFeed), and each node drops its
 * snapshot of that session ({@link #heard}); a sign-out or a password change elsewhere takes effect within
 * milliseconds. A save's announcement names the write (a stamp unique across nodes), and the node
 * that wrote it keeps the copy it made with that very write when it hears its own announcement: dropping it sent
 * the next read of the session through Spring Session and PostgreSQL once more after every save.</li>
 * <li>Two requests of one session saving on one node at once: each copy lacks the other's change, which the store
 * has, so a save keeps its copy only if the node's copy is still the one the request started from; else the copy
 * is dropped and the next read loads the store's.</li>
 * </ul>
 */
class CachedSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<CachedSessionRepository.RequestSession<S>> {

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration touchInterval;
    private final Consumer<String> announce;
    private final KeptAttribute.Freezer freezer = new KeptAttribute.Freezer(getClass().getClassLoader());
    // this node's part of every stamp: stamps must differ between nodes, or a node would keep a copy another one ended
    private final String node = Long.toHexString(new SecureRandom().nextLong());
    private final AtomicLong stamps = new AtomicLong();
    private final Cache<String, Snapshot> snapshots = Caffeine.newBuilder().recordStats()
            .maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    CachedSessionRepository(FindByIndexNameSessionRepository<S> store, Duration touchInterval,
                            Consumer<String> announce, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, snapshots, "web.sessions");
        this.store = store;
        this.touchInterval = touchInterval;
        this.announce = announce;
    }

    /**
     * A session as stored, with its attributes serialized; {@code storedLastAccess} is what the store holds;
     * {@code reader} what a signed-in reader's read needs of it, when that is all it holds (else null).
     * {@code stamp} names this copy, unique across nodes; {@code written} the stamps of this node's last writes the
     * copy holds (made by them, or by a later write made from their copy): it stays when their announcements come
     * back, and only then. A copy read from the store holds none.
     */
    private record Snapshot(String id, Instant created, Instant lastAccess, Instant storedLastAccess,
                            Duration maxInactive, Map<String, KeptAttribute> attributes, SignedInRead reader,
                            String stamp, List<String> written) {

        // a write's announcement is back within milliseconds; a copy remembers a few writes for the quick succession
        // of a post and the page after it (a notice stored, then shown and removed)
        private static final int WRITES_REMEMBERED = 4;

        Snapshot touched(Instant at) {
            return new Snapshot(id, created, at, storedLastAccess, maxInactive, attributes, reader, stamp, written);
        }

        /** This copy, made by the write {@code stamp} from {@code before}'s copy (null: from none). */
        Snapshot writtenAfter(Snapshot before) {
            List<String> writes = new ArrayList<>(before == null ? List.of() : before.written());
            writes.add(stamp);
            List<String> kept = writes.subList(Math.max(0, writes.size() - WRITES_REMEMBERED), writes.size());
            return new Snapshot(id, created, lastAccess, storedLastAccess, maxInactive, attributes, reader, stamp,
                    List.copyOf(kept));
        }
    }

    // the attributes a signed-in reader's session holds: Spring Security's context and the CSRF token
    // (HttpSessionSecurityContextRepository's and HttpSessionCsrfTokenRepository's default names)
    static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";
    static final String CSRF_TOKEN = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

    /**
     * Who is reading and their CSRF token (unmasked, as stored): all a signed-in reader's GET of a page needs of the
     * session ({@link SignedInReaderLane}), read without copying the session or wrapping the request.
     */
    record SignedInRead(UsernamePasswordAuthenticationToken authentication, CsrfToken csrf) {

        /** A new context around the same authentication, as every request through Spring Session gets. */
        SecurityContext context() {
            return (SecurityContext) new KeptAttribute.Context(authentication).thaw();
        }
    }

    /**
     * This node's copy of a signed-in reader's session, for a read that neither changes nor touches it, or null when
     * the read must go through Spring Session: the session is not in this node's copy (never read here, or ended
     * elsewhere: the ChangeFeed evicts it), holds anything but who is reading and their token (a notice waiting, a
     * pending save), has expired as stored, or is due a touch ({@code touchInterval} since its stored last access, so
     * Spring Session's filter writes it then: a reader who keeps reading keeps the session, one write per interval,
     * as before). Since the lane answers only while the stored row itself is unexpired, no node honours a session the
     * store has ended.
     */
    SignedInRead signedInRead(String id, Instant now) {
        Snapshot snapshot = snapshots.getIfPresent(id);
        if (snapshot == null || snapshot.reader() == null) {
            return null;
        }
        Instant stored = snapshot.storedLastAccess();
        boolean expired = !snapshot.maxInactive().isNegative() && !now.isBefore(stored.plus(snapshot.maxInactive()));
        if (expired || now.isAfter(stored.plus(touchInterval))) {
            return null;
        }
        return snapshot.reader();
    }

    void evict(String id) {
        snapshots.invalidate(id);
    }

    /**
     * An announcement on the ChangeFeed, from any node, this one included: a session's id alone (deleted, or its id
     * changed) drops this node's copy; an id with the stamp of the write that saved it ({@link #save}) drops it unless
     * the copy holds that write, which only the node that wrote it can have.
     */
    void heard(String announcement) {
        int space = announcement.indexOf(' ');
        if (space < 0) {
            snapshots.invalidate(announcement);
            return;
        }
        String write = announcement.substring(space + 1);
        snapshots.asMap().computeIfPresent(announcement.substring(0, space),
                (id, copy) -> copy.written().contains(write) ? copy : null);
    }

    void evictAll() {
        snapshots.invalidateAll();
    }

    @Override
    public RequestSession<S> createSession() {
        S fresh = store.createSession();
        RequestSession<S> session = new RequestSession<>(this, new MapSession(fresh), fresh, null, null, null);
        session.changed = true;
        return session;
    }

    @Override
    public void save(RequestSession<S> session) {
        MapSession local = session.local;
        boolean stale = session.storedLastAccess == null
                || local.getLastAccessedTime().isAfter(session.storedLastAccess.plus(touchInterval));
        if (!session.changed && !stale) {
            // only touched: remember the time here, for expiry, without writing
            snapshots.asMap().computeIfPresent(local.getId(), (id, s) -> s.touched(local.getLastAccessedTime()));
            return;
        }
        S stored = session.stored();
        if (stored == null) {
            return; // ended meanwhile (signed out elsewhere): nothing to keep
        }
        stored.setLastAccessedTime(local.getLastAccessedTime());
        store.save(stored);
        String id = local.getId();
        boolean sameId = id.equals(session.storedId);
        if (session.storedId != null && !sameId) {
            snapshots.invalidate(session.storedId);
            announce.accept(session.storedId); // ended under its old id, everywhere
        }
        // the copy this request started from, if it still is this node's copy: then no other request of the session
        // has saved here since, and this request's copy holds everything the store now does
        String startedFrom = sameId ? session.startedFrom : null;
        Snapshot written = snapshot(local, local.getLastAccessedTime());
        Snapshot kept = snapshots.asMap().compute(id, (key, current) -> Objects.equals(
                current == null ? null : current.stamp(), startedFrom) ? written.writtenAfter(current) : null);
        if (sameId) {
            // other nodes drop their copies; this one keeps its own when the announcement comes back to it
            announce.accept(id + " " + written.stamp());
        }
        session.changed = false;
        session.storedId = id;
        session.startedFrom = kept == null ? null : kept.stamp();
        session.storedLastAccess = local.getLastAccessedTime();
    }

    @Override
    public RequestSession<S> findById(String id) {
        Snapshot snapshot = snapshots.getIfPresent(id);
        if (snapshot != null) {
            MapSession copy = restore(snapshot);
            if (!copy.isExpired()) {
                return new RequestSession<>(this, copy, null, id, snapshot.storedLastAccess(), snapshot.stamp());
            }
            snapshots.invalidate(id);
        }
        S stored = store.findById(id); // deletes it when expired
        if (stored == null) {
            return null;
        }
        // the copy shares attribute objects only with this freshly loaded session, which no other request sees
        MapSession copy = new MapSession(stored);
        Snapshot loaded = snapshot(copy, stored.getLastAccessedTime());
        snapshots.put(id, loaded);
        return new RequestSession<>(this, copy, stored, id, stored.getLastAccessedTime(), loaded.stamp());
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
        snapshots.invalidate(id);
        announce.accept(id);
    }

    @Override
    public Map<String, RequestSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, RequestSession<S>> found = new LinkedHashMap<>();
        // not kept as this node's copy: a save of one of these keeps no copy if the node has one (it may be older)
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, stored) -> found.put(id,
                new RequestSession<>(this, new MapSession(stored), stored, id, stored.getLastAccessedTime(), null)));
        return found;
    }

    private Snapshot snapshot(MapSession session, Instant storedLastAccess) {
        Map<String, KeptAttribute> attributes = new HashMap<>();
        for (String name : session.getAttributeNames()) {
            attributes.put(name, freezer.freeze(session.getAttribute(name)));
        }
        return new Snapshot(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
                storedLastAccess, session.getMaxInactiveInterval(), Map.copyOf(attributes), readerOf(attributes),
                node + "-" + Long.toHexString(stamps.incrementAndGet()), List.of());
    }

    private static SignedInRead readerOf(Map<String, KeptAttribute> attributes) {
        if (attributes.size() != 2 || !(attributes.get(SECURITY_CONTEXT) instanceof KeptAttribute.Context context)
                || !(attributes.get(CSRF_TOKEN) instanceof KeptAttribute.Shared(CsrfToken token))) {
            return null;
        }
        return new SignedInRead(context.authentication(), token);
    }

    private MapSession restore(Snapshot snapshot) {
        MapSession session = new MapSession(snapshot.id());
        session.setCreationTime(snapshot.created());
        session.setLastAccessedTime(snapshot.lastAccess());
        session.setMaxInactiveInterval(snapshot.maxInactive());
        snapshot.attributes().forEach((name, kept) -> session.setAttribute(name, kept.thaw()));
        return session;
    }

    /**
     * One request's session: a private copy to read, and the stored session, loaded on the first change, that
     * changes are also applied to so that saving it writes exactly them.
     */
    static final class RequestSession<S extends Session> implements Session {

        private final CachedSessionRepository<S> repository;
        private final MapSession local;
        private S stored;
        private boolean storedLoaded;
        private String storedId;
        private Instant storedLastAccess;
        // the stamp of the node's copy this request's copy was made from; null when none
        private String startedFrom;
        private boolean changed;

        private RequestSession(CachedSessionRepository<S> repository, MapSession local, S stored, String storedId,
                               Instant storedLastAccess, String startedFrom) {
            this.repository = repository;
            this.local = local;
            this.stored = stored;
            this.storedLoaded = stored != null || storedId == null;
            this.storedId = storedId;
            this.storedLastAccess = storedLastAccess;
            this.startedFrom = startedFrom;
        }

        private S stored() {
            if (!storedLoaded) {
                stored = repository.store.findById(storedId);
                storedLoaded = true;
            }
            return stored;
        }

        @Override
        public String getId() {
            return local.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            S target = stored();
            if (target != null) {
                local.setId(target.changeSessionId());
            } else {
                local.changeSessionId();
            }
            return local.getId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return local.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return local.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            local.setAttribute(name, value);
            S target = stored();
            if (target != null) {
                target.setAttribute(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            local.removeAttribute(name);
            S target = stored();
            if (target != null) {
                target.removeAttribute(name);
            }
        }

        @Override
        public Instant getCreationTime() {
            return local.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            local.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return local.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            local.setMaxInactiveInterval(interval);
            S target = stored();
            if (target != null) {
                target.setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return local.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return local.isExpired();
        }
    }
}
