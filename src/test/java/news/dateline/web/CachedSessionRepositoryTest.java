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
import org.springframework.security.web.csrf.DefaultCsrfToken;
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
        assertThat(announced).last().asString().startsWith(id + " ");
        other.heard(announced.getLast()); // what the announcement does on the other node
        assertThat(other.findById(id).<String>getAttribute("who")).isEqualTo("member");
    }

    @Test
    void theNodeThatSavedASessionKeepsItsCopyWhenItsOwnAnnouncementComesBack() {
        String id = signedInSession();
        var session = node.findById(id);
        session.setAttribute(CachedSessionRepository.CSRF_TOKEN, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "n3w"));
        node.save(session);
        store.reads.set(0);

        announced.forEach(node::heard); // through PostgreSQL, after the save

        Instant now = store.findById(id).getLastAccessedTime().plusSeconds(5);
        assertThat(node.signedInRead(id, now).csrf().getToken()).isEqualTo("n3w");
        store.reads.set(0);
        node.findById(id);
        assertThat(store.reads).hasValue(0);
    }

    @Test
    void aPostAndThePageAfterItKeepTheCopyWhenBothAnnouncementsComeBackLate() {
        String id = signedInSession();
        var post = node.findById(id);
        post.setAttribute("notice", "Saved to your reading list.");
        node.save(post);
        var page = node.findById(id);
        page.removeAttribute("notice"); // shown, then cleared
        node.save(page);

        announced.forEach(node::heard);

        Instant now = store.findById(id).getLastAccessedTime().plusSeconds(5);
        assertThat(node.signedInRead(id, now)).isNotNull();
    }

    @Test
    void anotherNodesSaveDropsACopyThisNodeWroteItself() {
        String id = signedInSession();
        List<String> fromOther = new ArrayList<>();
        var other = new CachedSessionRepository<MapSession>(store, Duration.ofMinutes(10), fromOther::add,
                new SimpleMeterRegistry());
        var mine = node.findById(id);
        mine.setAttribute("who", "reader");
        node.save(mine);

        var theirs = other.findById(id);
        theirs.setAttribute("who", "changed elsewhere");
        other.save(theirs);
        fromOther.forEach(node::heard);
        announced.forEach(node::heard); // this node's own, arriving after the other's

        assertThat(node.findById(id).<String>getAttribute("who")).isEqualTo("changed elsewhere");
    }

    @Test
    void twoRequestsOfOneSessionSavingOnOneNodeLeaveTheStoresSessionForTheNextRead() {
        String id = storedSession();
        var first = node.findById(id);
        var second = node.findById(id); // made from the same copy, before the first saves
        first.setAttribute("notice", "Saved to your reading list.");
        node.save(first);
        second.setAttribute("theme", "dark");
        node.save(second);
        announced.forEach(node::heard);

        var next = node.findById(id);
        assertThat(next.<String>getAttribute("notice")).isEqualTo("Saved to your reading list.");
        assertThat(next.<String>getAttribute("theme")).isEqualTo("dark");
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

    /** A signed-in reader's session as Spring Security leaves it: who is reading and their CSRF token. */
    private String signedInSession() {
        var session = node.createSession();
        var member = new User("reader@test.local", "", List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        session.setAttribute(CachedSessionRepository.SECURITY_CONTEXT, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities())));
        session.setAttribute(CachedSessionRepository.CSRF_TOKEN, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0k3n"));
        node.save(session);
        store.saves.set(0);
        return session.getId();
    }

    @Test
    void aSignedInReadGetsWhoIsReadingAndTheirTokenFromTheNodesCopy() {
        String id = signedInSession();
        Instant now = store.findById(id).getLastAccessedTime().plusSeconds(5);
        store.reads.set(0);

        var read = node.signedInRead(id, now);
        assertThat(read.authentication().getName()).isEqualTo("reader@test.local");
        assertThat(read.csrf().getToken()).isEqualTo("t0k3n");
        assertThat(read.context()).isNotSameAs(node.signedInRead(id, now).context()); // each read its own context
        assertThat(store.reads).hasValue(0);
        assertThat(store.saves).hasValue(0);
    }

    @Test
    void noSignedInReadForASessionHoldingMoreOrNotOnThisNode() {
        String id = signedInSession();
        Instant now = store.findById(id).getLastAccessedTime().plusSeconds(5);
        var session = node.findById(id);
        session.setAttribute("org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS",
                new ArrayList<>(List.of("a notice")));
        node.save(session);
        assertThat(node.signedInRead(id, now)).isNull();
        assertThat(node.signedInRead(storedSession(), now)).isNull(); // not signed in

        String another = signedInSession();
        node.evict(another); // ended on another node: the ChangeFeed evicts it here
        assertThat(node.signedInRead(another, now)).isNull();
        assertThat(node.signedInRead("no-such-session", now)).isNull();
    }

    @Test
    void noSignedInReadOnceTheStoredSessionHasExpired() {
        String id = signedInSession();
        var session = node.findById(id);
        session.setMaxInactiveInterval(Duration.ofMinutes(5)); // shorter than the touch interval
        node.save(session);
        Instant stored = store.findById(id).getLastAccessedTime();

        assertThat(node.signedInRead(id, stored.plus(Duration.ofMinutes(4)))).isNotNull();
        assertThat(node.signedInRead(id, stored.plus(Duration.ofMinutes(5)))).isNull();
    }

    @Test
    void aReaderWhoKeepsReadingKeepsTheSessionWithOneWritePerTouchInterval() {
        String id = signedInSession();
        Instant start = store.findById(id).getLastAccessedTime();
        var session = node.findById(id);
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        node.save(session);
        store.saves.set(0);

        int throughTheLane = 0;
        // a page every two minutes for three hours: six times the session's timeout
        for (Instant now = start.plus(Duration.ofMinutes(2)); now.isBefore(start.plus(Duration.ofHours(3)));
                now = now.plus(Duration.ofMinutes(2))) {
            if (node.signedInRead(id, now) != null) {
                throughTheLane++;
                continue;
            }
            // what Spring Session's filter does with a read the lane leaves to it: find, touch, save
            var request = node.findById(id);
            assertThat(request).as("session at %s", now).isNotNull();
            request.setLastAccessedTime(now);
            node.save(request);
        }
        assertThat(throughTheLane).isGreaterThan(60);
        assertThat(store.saves.get()).isBetween(13, 18); // one per touch interval (10 minutes) of reading
        assertThat(store.findById(id).getLastAccessedTime()).isAfter(start.plus(Duration.ofMinutes(165)));
    }
}
