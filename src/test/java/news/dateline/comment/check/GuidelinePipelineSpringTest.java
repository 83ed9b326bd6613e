package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The pipeline as the site gets it: a service bound to {@code dateline.comments.checks.*}. */
class GuidelinePipelineSpringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GuidelinePipeline.class);

    @Test
    void bindsItsPropertiesAndRunsOnlyTheEnabledChecks() {
        context.withPropertyValues("dateline.comments.checks.enabled=abusive,personal").run(ctx -> {
            CommentChecks checks = ctx.getBean(CommentChecks.class);
            CheckResult result = checks.check("yeh bahut accha article hai");
            assertThat(result.decision()).isEqualTo(Decision.PUBLISH);
            assertThat(result.verdicts()).extracting(Verdict::rule).containsExactly(Rule.ABUSIVE, Rule.PERSONAL);
        });
    }

    @Test
    void aWordListsBeanReplacesTheShippedLists() {
        WordLists newsroom = new WordLists() {
            public Set<String> banned() {
                return Set.of("frack");
            }

            public Set<String> suspect() {
                return Set.of();
            }
        };
        context.withBean(WordLists.class, () -> newsroom).run(ctx -> {
            CommentChecks checks = ctx.getBean(CommentChecks.class);
            assertThat(checks.check("What a frack of a budget this is.").reasons()).containsExactly(Rule.ABUSIVE);
            assertThat(checks.check("This is shit and everyone knows it.").reasons()).isEmpty();
        });
    }
}
