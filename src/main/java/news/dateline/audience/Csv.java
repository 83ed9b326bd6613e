package news.dateline.audience;

import java.util.List;

/**
 * A {@link ReportTable} as CSV (RFC 4180). A cell a spreadsheet would take for a formula (starting with =, +, -, @,
 * a tab or a carriage return: a headline can be anything) is prefixed with an apostrophe, so opening the file never
 * runs what a headline's author wrote.
 */
public final class Csv {

    private Csv() {
    }

    public static String of(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }
}
