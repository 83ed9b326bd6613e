package news.dateline.comment.community.web;

import java.util.List;

import news.dateline.comment.community.WordTier;

/**
 * The word lists page: both tiers (filtered by the search, when there is one), the forms that change them, and the
 * latest changes.
 *
 * @param total   entries on both lists, whatever the search
 * @param typed   what the moderator typed into a refused add form, kept in its box
 * @param bulk    what they typed into a bulk add that added nothing, kept in its box
 */
public record WordListsView(String query, List<String> banned, List<String> suspect, int total,
                            List<Change> changes, String notice, String error, String typed, WordTier typedTier,
                            String bulk) {

    public static final String PATH = "/admin/community/word-lists";
    public static final String ADD = PATH + "/add";
    public static final String BULK = PATH + "/bulk";
    public static final String REMOVE = PATH + "/remove";
    public static final String MOVE = PATH + "/move";

    /** A logged change, formatted: "“idiot” moved to suspect by Mo, 12 Dec 2026 10:30 pm IST". */
    public record Change(String entry, String action, String tier, String by, String at, String iso) {
    }

    public List<WordTier> tiers() {
        return List.of(WordTier.values());
    }

    public List<String> entries(WordTier tier) {
        return tier == WordTier.BANNED ? banned : suspect;
    }

    public boolean searching() {
        return !query.isEmpty();
    }

    public boolean typedFor(WordTier tier) {
        return typedTier == tier;
    }
}
