package news.dateline.comment.legacy;

import java.io.PrintStream;

/**
 * The command line's progress: a bar of bytes read out of the file's size, redrawn in place (carriage return) on
 * a terminal at most ten times a second; when standard error is a file or pipe, a plain line every 10%. Rejected
 * rows are printed as they come, each on its own line.
 */
final class ConsoleProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final String name;
    private final long total;
    private final PrintStream err;
    private final boolean terminal;
    private long lastDrawn;
    private int lastTenth = -1;
    private long bytes;
    private boolean barShown;

    ConsoleProgress(String name, long total, PrintStream err, boolean terminal) {
        this.name = name;
        this.total = Math.max(total, 1);
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Java 21 cannot ask about standard error alone; a console (standard input and output both terminals) and a
     * TERM that is not "dumb" is the best sign that standard error is one too.
     */
    static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb");
    }

    @Override
    public void bytesRead(long read) {
        bytes = read;
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDrawn > 100_000_000L) {
                lastDrawn = now;
                draw();
            }
        } else {
            int tenth = (int) (Math.min(read, total) * 10 / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.printf("%s: %d%% (%s of %s)%n", name, tenth * 10, size(read), size(total));
            }
        }
    }

    @Override
    public void rejected(RejectedRowView row) {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
        err.printf("%s:%d: rejected: %s%n", name, row.line(), row.reason());
    }

    @Override
    public void finished() {
        if (terminal) {
            draw();
            err.println();
        }
    }

    private void draw() {
        int percent = (int) (Math.min(bytes, total) * 100 / total);
        int filled = percent * WIDTH / 100;
        err.printf("\r%s [%s%s] %3d%% %s / %s", name, "#".repeat(filled), " ".repeat(WIDTH - filled), percent,
                size(bytes), size(total));
        err.flush();
        barShown = true;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.0f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
