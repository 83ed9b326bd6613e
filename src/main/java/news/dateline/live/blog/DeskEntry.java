package news.dateline.live.blog;

/** An entry on the newsroom's live desk: as stored (its Markdown, to edit) and as readers see it (its time). */
public record DeskEntry(LiveEntry entry, EntryView view) {
}
