package news.dateline.member;

import java.util.Optional;

/**
 * A port for other features to show a panel on the member's account page (offers, …) without the member feature
 * knowing them: the account page collects every bean of this type.
 */
public interface AccountPanel {

    /** The panel for this member, or empty when there is nothing to show them. */
    Optional<AccountPanelContent> contentFor(long memberId);
}
