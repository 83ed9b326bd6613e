package news.dateline.article.desk;

import java.util.List;

/**
 * A desk: a team of the newsroom (Metro, Business, Sport), not a public section. Staff belong to desks; an article
 * belongs to one.
 *
 * @param members the staff on the desk, by name
 */
public record Desk(long id, String name, List<DeskMember> members) {

    /** One member of a desk. */
    public record DeskMember(long memberId, String name) {
    }
}
