package news.dateline.member;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** A member's account as their account page (and the features adding to it) show it. */
@Service
public class AccountOverview {

    private final MemberRepository members;
    private final ConsentRepository consents;
    private final MemberProperties properties;

    AccountOverview(MemberRepository members, ConsentRepository consents, MemberProperties properties) {
        this.members = members;
        this.consents = consents;
        this.properties = properties;
    }

    public Optional<Account> of(long memberId) {
        return members.findState(memberId).flatMap(state -> members.findById(memberId).map(member -> new Account(
                member, state.emailVerifiedAt(), state.deletionRequestedAt(),
                state.deletionRequestedAt() == null ? null : state.deletionRequestedAt().plus(properties.deletionGrace()),
                consents.current(memberId).orElse(null))));
    }
}
