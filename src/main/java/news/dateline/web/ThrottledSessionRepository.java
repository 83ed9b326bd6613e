package news.dateline.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Keeps sessions in PostgreSQL without writing on every request. Spring Session saves a session whenever its
 * last-access time moves, which is every request: an UPDATE on the article page's hot path. This repository
 * saves a session when something in it changed, and otherwise only when its stored last-access time is older
 * than {@code touchInterval}, so expiry stays accurate to within that interval.
 */
class ThrottledSessionRepository<S extends Session> implements SessionRepository<ThrottledSessionRepository.TrackedSession<S>> {

    private final SessionRepository<S> delegate;
    private final Duration touchInterval;

    ThrottledSessionRepository(SessionRepository<S> delegate, Duration touchInterval) {
        this.delegate = delegate;
        this.touchInterval = touchInterval;
    }

    @Override
    public TrackedSession<S> createSession() {
        TrackedSession<S> session = new TrackedSession<>(delegate.createSession(), null);
        session.changed = true;
        return session;
    }

    @Override
    public void save(TrackedSession<S> session) {
        boolean stale = session.storedLastAccess == null
                || session.getLastAccessedTime().isAfter(session.storedLastAccess.plus(touchInterval));
        if (session.changed || stale) {
            delegate.save(session.delegate);
            session.changed = false;
            session.storedLastAccess = session.getLastAccessedTime();
        }
    }

    @Override
    public TrackedSession<S> findById(String id) {
        S found = delegate.findById(id);
        return found == null ? null : new TrackedSession<>(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
    }

    /** A session that remembers whether anything but its last-access time changed. */
    static final class TrackedSession<S extends Session> implements Session {

        private final S delegate;
        private Instant storedLastAccess;
        private boolean changed;

        TrackedSession(S delegate, Instant storedLastAccess) {
            this.delegate = delegate;
            this.storedLastAccess = storedLastAccess;
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            delegate.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            delegate.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
