package news.dateline.member;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a member's sessions on every device, found by the principal name Spring Session indexes. Used when the
 * password changes (a thief signed in elsewhere is signed out) and when an account is deleted. Without a web
 * application (subcommands) there are no sessions to end.
 */
@Component
class MemberSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    MemberSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the member signed in with this email, except {@code keep} (may be null). */
    void endAll(String email, String keep) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(repository::deleteById));
    }
}
