package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class CachedSessionRepositoryTest {

    /** The store, as PostgreSQL would be: every read returns a fresh copy; reads and writes are counted. */
    static final class CountingStore extends MapSessionRepository implements FindByIndexNameSessionRepository<MapSession> {
        final AtomicInteger saves = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();

        CountingStore() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public void save(MapSession session) {
            saves.incrementAndGet();
            super.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
            return Map.of();
        }
    }

    private final CountingStore store = new CountingStore();
    private final List<String> announced = new ArrayList<>();
    private final CachedSessionRepository<MapSession> node = new CachedSessionRepository<>(store, Duration.ofMinutes(10),
            announced::add, new SimpleMeterRegistry());

    private String storedSession() {
        var session = node.createSession();
        session.setAttribute("who", "reader");
        node.save(session);
        store.saves.set(0);
        store.reads.set(0);
        return session.getId();
    }

    @Test
    void aReadAfterTheFirstIsServedByTheNode() {
        String id = storedSession();
        node.evict(id);
        node.findById(id);
        node.findById(id);
        assertThat(store.reads).hasValue(1);
    }

    @Test
    void aRequestThatOnlyTouchesTheSessionWritesNothing() {
        String id = storedSession();
        var session = node.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(30));
        node.save(session);
        assertThat(store.saves).hasValue(0);
    }

    @Test
    void aChangeIsStoredAndAnnouncedAndAnotherNodeSeesIt() {
        String id = storedSession();
        var other = new CachedSessionRepository<MapSession>(store, Duration.ofMinutes(10), x -> { },
                new SimpleMeterRegistry());
        other.findById(id);

        var session = node.findById(id);
        session.setAttribute("who", "member");
        node.save(session);

        assertThat(store.saves).hasValue(1);
        assertThat(announced).contains(id);
        other.evict(id); // what the announcement does on the other node
        assertThat(other.findById(id).<String>getAttribute("who")).isEqualTo("member");
    }

    @Test
    void theLastAccessTimeIsStoredOnceItIsOlderThanTheInterval() {
        String id = storedSession();
        var session = node.findById(id);
        Instant later = session.getLastAccessedTime().plus(Duration.ofMinutes(11));
        session.setLastAccessedTime(later);
        node.save(session);
        assertThat(store.saves).hasValue(1);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void aNewIdReplacesTheOldOneEverywhere() {
        String id = storedSession();
        var session = node.findById(id);
        String newId = session.changeSessionId();
        node.save(session);

        assertThat(newId).isNotEqualTo(id);
        assertThat(store.findById(id)).isNull();
        assertThat(node.findById(id)).isNull();
        assertThat(node.findById(newId).<String>getAttribute("who")).isEqualTo("reader");
        assertThat(announced).contains(id);
    }

    @Test
    void eachRequestGetsItsOwnCopyOfTheAttributes() {
        var session = node.createSession();
        session.setAttribute("list", new ArrayList<>(List.of("a")));
        node.save(session);

        List<String> first = node.findById(session.getId()).getAttribute("list");
        first.add("changed by one request");
        List<String> second = node.findById(session.getId()).getAttribute("list");
        assertThat(second).containsExactly("a");
    }

    @Test
    void eachRequestGetsItsOwnSecurityContextAroundTheSameMemberWithoutSerialization() {
        var session = node.createSession();
        var member = new User("reader@test.local", "", List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        session.setAttribute("context", new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities())));
        node.save(session);

        SecurityContext first = node.findById(session.getId()).getAttribute("context");
        SecurityContext second = node.findById(session.getId()).getAttribute("context");
        assertThat(first).isNotSameAs(second);
        assertThat(first.getAuthentication().getPrincipal()).isSameAs(second.getAuthentication().getPrincipal());
        first.setAuthentication(null); // what signing out does to the request's context
        assertThat(second.getAuthentication()).isNotNull();
        SecurityContext third = node.findById(session.getId()).getAttribute("context");
        assertThat(third.getAuthentication().isAuthenticated()).isTrue();
        assertThat(third.getAuthentication().getAuthorities()).extracting("authority").containsExactly("ROLE_MEMBER");
    }

    @Test
    void aDeletedSessionIsGoneAndAnnounced() {
        String id = storedSession();
        node.findById(id);
        node.deleteById(id);
        assertThat(node.findById(id)).isNull();
        assertThat(announced).contains(id);
    }
}
