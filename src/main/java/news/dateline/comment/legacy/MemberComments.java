package news.dateline.comment.legacy;

import java.util.List;
import java.util.Locale;

import news.dateline.member.Account;
import news.dateline.member.Members;
import org.springframework.stereotype.Service;

/**
 * "My comments": a member's comments written here and those imported from the earlier platform under the email
 * they have verified, newest first, a page at a time. An unverified email matches nothing, so nobody can claim
 * someone else's old comments by typing their address.
 */
@Service
public class MemberComments {

    public static final int PAGE_SIZE = 20;

    private final MemberCommentRepository repository;
    private final Members accounts;

    MemberComments(MemberCommentRepository repository, Members accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    /** One page (from 1) of comments; hasMore says whether another page follows. */
    public record Page(List<MemberComment> comments, int page, boolean hasMore) {
    }

    public Page page(long memberId, int page) {
        int p = Math.max(page, 1);
        String email = accounts.account(memberId).filter(Account::emailVerified)
                .map(a -> a.member().email().toLowerCase(Locale.ROOT)).orElse(null);
        List<MemberComment> rows = repository.newestFirst(memberId, email, PAGE_SIZE + 1, (p - 1) * PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, p, more);
    }
}
