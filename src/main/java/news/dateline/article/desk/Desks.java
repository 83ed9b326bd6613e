package news.dateline.article.desk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's desks: admins make them and put staff on them ({@code web.DeskAdminController}); the editor sets
 * an article's desk; the article list and the newsroom's home filter by desk ({@code NewsroomScope#desks}).
 */
@Service
public class Desks {

    static final int MAX_NAME = 80;

    private final DeskRepository repository;
    private final Members members;
    private final Clock clock;

    Desks(DeskRepository repository, Members members, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.clock = clock;
    }

    /** Every desk with its staff, by name. */
    public List<Desk> all() {
        Map<Long, Member> staff = members.staff().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Map<Long, List<Desk.DeskMember>> byDesk = repository.memberships().stream()
                .filter(m -> staff.containsKey(m.memberId()))
                .collect(Collectors.groupingBy(DeskRepository.MemberRow::deskId, Collectors.mapping(
                        m -> new Desk.DeskMember(m.memberId(), staff.get(m.memberId()).displayName()),
                        Collectors.toList())));
        return repository.all().stream()
                .map(r -> new Desk(r.id(), r.name(), byDesk.getOrDefault(r.id(), List.of()))).toList();
    }

    /** @throws InvalidDeskException for a blank or too long name, or one another desk has */
    public long create(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidDeskException("Give the desk a name of 1 to " + MAX_NAME + " characters.");
        }
        // the unique index decides, so two admins making "Metro" at once get one desk
        return repository.insert(clean, clock.instant())
                .orElseThrow(() -> new InvalidDeskException("There is already a desk called “" + clean + "”."));
    }

    /** Puts a staff member (writer, editor, admin, moderator) on a desk; readers cannot be. */
    @Transactional
    public void addMember(long deskId, long memberId) {
        requireDesk(deskId);
        Member member = members.find(memberId).filter(m -> members.staff().stream().anyMatch(s -> s.id() == m.id()))
                .orElseThrow(() -> new InvalidDeskException("Only newsroom staff can be put on a desk."));
        repository.addMember(deskId, member.id());
    }

    public void removeMember(long deskId, long memberId) {
        repository.removeMember(deskId, memberId);
    }

    /** The desks this member is on ("my desk"). */
    public List<Long> desksOf(long memberId) {
        return repository.desksOf(memberId);
    }

    /** Moves an article to a desk, or with null to none. */
    public void setArticleDesk(long articleId, Long deskId) {
        if (deskId != null) {
            requireDesk(deskId);
        }
        if (!repository.setArticleDesk(articleId, deskId)) {
            throw new NotFoundException("article " + articleId);
        }
    }

    public Optional<Long> deskOf(long articleId) {
        return repository.deskOf(articleId);
    }

    private void requireDesk(long deskId) {
        if (!repository.exists(deskId)) {
            throw new NotFoundException("desk " + deskId);
        }
    }
}
