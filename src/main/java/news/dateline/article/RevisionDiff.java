package news.dateline.article;

import java.util.List;

import com.github.difflib.text.DiffRowGenerator;

/**
 * Two revisions side by side, line by line, with the changed words marked. The text is HTML-escaped (the
 * generator's default line normalizer) before the marks are added, so rows can be printed as they are.
 */
public record RevisionDiff(Revision older, Revision newer, List<Row> rows) {

    public record Row(String kind, String oldLine, String newLine) {
        public boolean changed() {
            return !kind.equals("EQUAL");
        }
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    static RevisionDiff between(Revision older, Revision newer) {
        return new RevisionDiff(older, newer, rows(older.snapshot(), newer.snapshot()));
    }

    /** Rows comparing any two versions: two revisions, or a revision and content that was not stored (a conflict). */
    public static List<Row> rows(ArticleSnapshot older, ArticleSnapshot newer) {
        return GENERATOR.generateDiffRows(older.lines(), newer.lines()).stream()
                .map(r -> new Row(r.getTag().name(), r.getOldLine(), r.getNewLine()))
                .toList();
    }

    public boolean identical() {
        return rows.stream().noneMatch(Row::changed);
    }
}
