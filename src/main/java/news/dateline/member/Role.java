package news.dateline.member;

/** What a member may do. A subscription is an entitlement, not a role. */
public enum Role {
    MEMBER, EDITOR, MODERATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
