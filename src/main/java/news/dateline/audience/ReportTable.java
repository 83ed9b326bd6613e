package news.dateline.audience;

import java.util.List;

/**
 * One table of an audience page, as shown and as downloaded ({@link Csv}): the same rows either way.
 *
 * @param name    its address in the CSV link ({@code …/name.csv})
 * @param links   per row, a link for the first cell (a story's own audience page), or null
 * @param note    what a reader of the table must know to read it right (shown under it, not in the CSV), or null
 */
public record ReportTable(String name, String title, List<String> headers, List<List<String>> rows,
                          List<String> links, String note) {

    public ReportTable {
        rows = List.copyOf(rows);
        links = links == null ? java.util.Collections.nCopies(rows.size(), null) : links;
    }

    public ReportTable(String name, String title, List<String> headers, List<List<String>> rows, List<String> links) {
        this(name, title, headers, rows, links, null);
    }
}
