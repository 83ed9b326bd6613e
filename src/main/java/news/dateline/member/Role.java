package news.dateline.member;

/**
 * What a member may do. A subscription is an entitlement, not a role. A WRITER writes and edits their own
 * articles and submits them for review; an EDITOR (or ADMIN) also edits anyone's, approves and publishes.
 */
public enum Role {
    MEMBER, WRITER, EDITOR, MODERATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
