package news.dateline.member;

/**
 * Implemented by features that store data about members (reading list, subscriptions, comments …) so a member's
 * data export includes it. A feature also listens for {@link MemberDeleted} to remove that data.
 */
public interface MemberDataContributor {

    /** The key of this feature's part of the export, e.g. {@code "savedArticles"}. */
    String exportName();

    /** Everything this feature stores about the member, as records, lists and maps that serialize to JSON. */
    Object exportData(long memberId);
}
