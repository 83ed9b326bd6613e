package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The {@link CommentChecks} of the site: runs each enabled {@link GuidelineCheck} and keeps the strictest decision.
 * The sentence check only runs on comments the English check accepts, because its models are English ones: a
 * French comment breaks the English rule, and saying it also lacks sentences would be noise. Build it with Spring
 * (the service) or without ({@link #standalone}, for the {@code moderate} command and tests).
 */
@Service
@EnableConfigurationProperties(CheckProperties.class)
public class GuidelinePipeline implements CommentChecks {

    private final List<GuidelineCheck> checks;
    private final CheckProperties properties;

    /** For Spring: a {@link WordLists} bean (the newsroom's lists, kept in the database) replaces the shipped lists. */
    @Autowired
    GuidelinePipeline(CheckProperties properties, ObjectProvider<WordLists> wordLists) {
        this(properties, wordLists.getIfAvailable(() -> new ClasspathWordLists(properties.wordLists())));
    }

    GuidelinePipeline(CheckProperties properties, WordLists wordLists) {
        this.properties = properties;
        Models models = Models.get();
        List<GuidelineCheck> all = List.of(new EnglishCheck(models, properties), new SentenceCheck(models, properties),
                new AbuseCheck(wordLists, new PersonDirected(models)),
                new PersonalCheck(properties.personalRejectAt(), new PersonDirected(models)));
        this.checks = all.stream().filter(c -> properties.enabled().contains(c.rule())).toList();
    }

    /** A pipeline with the shipped word lists, built without a Spring context. */
    public static GuidelinePipeline standalone(CheckProperties properties) {
        return new GuidelinePipeline(properties, new ClasspathWordLists(properties.wordLists()));
    }

    /**
     * The same checks with other word lists, for trying a change of the lists before it is saved (the newsroom's
     * evaluation page). Cheap: the models are shared.
     */
    public CommentChecks withWordLists(WordLists wordLists) {
        return new GuidelinePipeline(properties, wordLists);
    }

    @Override
    public CheckResult check(String text) {
        List<Verdict> verdicts = new ArrayList<>(checks.size());
        boolean english = true;
        for (GuidelineCheck check : checks) {
            if (check.rule() == Rule.NOT_FULL_SENTENCES && !english) {
                continue;
            }
            Verdict verdict = check.check(text == null ? "" : text);
            if (verdict.rule() == Rule.NOT_ENGLISH && verdict.decision() != Decision.PUBLISH) {
                english = false;
            }
            verdicts.add(verdict);
        }
        Decision decision = verdicts.stream().map(Verdict::decision).max(Comparator.naturalOrder())
                .orElse(Decision.PUBLISH);
        // strictest first, so the first reason is the one to show the author
        verdicts.sort(Comparator.comparing(Verdict::decision).reversed());
        return new CheckResult(decision, verdicts);
    }
}
