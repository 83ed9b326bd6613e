package news.dateline.member;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import news.dateline.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything stored about a member, for the JSON download; other features add theirs as {@link MemberDataContributor}s. */
@Service
public class AccountExport {

    private final MemberRepository members;
    private final MemberTokenRepository tokens;
    private final ConsentRepository consents;
    private final MailOutbox outbox;
    private final ObjectProvider<MemberDataContributor> contributors;
    private final Clock clock;

    AccountExport(MemberRepository members, MemberTokenRepository tokens, ConsentRepository consents,
                  MailOutbox outbox, ObjectProvider<MemberDataContributor> contributors, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.consents = consents;
        this.outbox = outbox;
        this.contributors = contributors;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MemberDataExport of(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        var state = members.findState(memberId).orElseThrow();
        Map<String, Object> other = new LinkedHashMap<>();
        contributors.orderedStream().forEach(c -> other.put(c.exportName(), c.exportData(memberId)));
        return new MemberDataExport(clock.instant(),
                new MemberDataExport.Profile(member.id(), member.email(), member.displayName(),
                        member.roles().stream().map(Enum::name).sorted().toList(), member.createdAt(),
                        state.emailVerifiedAt(), state.deletionRequestedAt()),
                consents.history(memberId), tokens.describe(memberId),
                outbox.mailsTo(member.email()).stream().map(MemberDataExport.Mail::of).toList(), other);
    }
}
