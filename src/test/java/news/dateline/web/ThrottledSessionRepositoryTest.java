package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class ThrottledSessionRepositoryTest {

    private final AtomicInteger saves = new AtomicInteger();
    private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>()) {
        @Override
        public void save(MapSession session) {
            saves.incrementAndGet();
            super.save(session);
        }
    };
    private final ThrottledSessionRepository<MapSession> sessions =
            new ThrottledSessionRepository<>(store, Duration.ofMinutes(10));

    private String storedSession() {
        var session = sessions.createSession();
        session.setAttribute("who", "reader");
        sessions.save(session);
        saves.set(0);
        return session.getId();
    }

    @Test
    void aRequestThatOnlyTouchesTheSessionWritesNothing() {
        String id = storedSession();
        var session = sessions.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(30));
        sessions.save(session);
        assertThat(saves).hasValue(0);
    }

    @Test
    void aChangedAttributeIsSavedAtOnce() {
        String id = storedSession();
        var session = sessions.findById(id);
        session.setAttribute("who", "member");
        sessions.save(session);
        assertThat(saves).hasValue(1);
        assertThat(store.findById(id).<String>getAttribute("who")).isEqualTo("member");
    }

    @Test
    void theLastAccessTimeIsStoredOnceItIsOlderThanTheInterval() {
        String id = storedSession();
        var session = sessions.findById(id);
        Instant later = session.getLastAccessedTime().plus(Duration.ofMinutes(11));
        session.setLastAccessedTime(later);
        sessions.save(session);
        assertThat(saves).hasValue(1);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void aNewSessionAndAChangedIdAreAlwaysSaved() {
        var fresh = sessions.createSession();
        sessions.save(fresh);
        assertThat(saves).hasValue(1);

        var session = sessions.findById(fresh.getId());
        session.changeSessionId();
        sessions.save(session);
        assertThat(saves).hasValue(2);
    }
}
