package news.dateline.comment.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The hand-labelled comments in {@code comment/labelled-comments.tsv}, shared by the checks' tests. */
record LabelledComments(List<Labelled> all) {

    record Labelled(Decision decision, Set<Rule> reasons, String text) {

        boolean breaks(Rule rule) {
            return reasons.contains(rule);
        }

        boolean civil() {
            return reasons.isEmpty();
        }
    }

    static LabelledComments load() {
        var in = LabelledComments.class.getClassLoader().getResourceAsStream("comment/labelled-comments.tsv");
        List<Labelled> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                Set<Rule> reasons = EnumSet.noneOf(Rule.class);
                if (!cells[1].equals("-")) {
                    Arrays.stream(cells[1].split(",")).map(c -> Rule.valueOf(c.strip().toUpperCase(Locale.ROOT)))
                            .forEach(reasons::add);
                }
                rows.add(new Labelled(Decision.valueOf(cells[0].toUpperCase(Locale.ROOT)), reasons, cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelledComments(List.copyOf(rows));
    }

    List<Labelled> breaking(Rule rule) {
        return all.stream().filter(l -> l.breaks(rule)).toList();
    }

    List<Labelled> civil() {
        return all.stream().filter(Labelled::civil).toList();
    }

    /** Share of the comments that the check flags (holds or rejects). */
    static double flaggedShare(GuidelineCheck check, List<Labelled> comments) {
        return (double) comments.stream().filter(l -> check.check(l.text()).decision() != Decision.PUBLISH).count()
                / comments.size();
    }
}
