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
 * <p>
 * Beside the rules, the learned {@link AttackModel} scores every English comment: it holds for a moderator a comment
 * the rules publish but it scores as clearly an attack, turns a rules' reject for an attack it scores as clearly
 * not one into a hold, and publishes a rules' weakest hold for an attack ({@link #isWeakHold}) when it scores the
 * comment as surely civil. It never rejects, and never publishes what the rules hold on stronger evidence.
 */
@Service
@EnableConfigurationProperties(CheckProperties.class)
public class GuidelinePipeline implements CommentChecks {

    private final List<GuidelineCheck> checks;
    private final CheckProperties properties;
    private final AttackModel model;
    private final boolean attacksChecked;
    // the model's score of each clause alone (LearnedScore.clause): for --explain and the cross-validation's sweep,
    // and on the site only when the hold policy decides by it; scoring every clause again costs a check time
    private final boolean strongestClause;

    /** For Spring: a {@link WordLists} bean (the newsroom's lists, kept in the database) replaces the shipped lists. */
    @Autowired
    GuidelinePipeline(CheckProperties properties, ObjectProvider<WordLists> wordLists) {
        this(properties, wordLists.getIfAvailable(() -> new ClasspathWordLists(properties.wordLists())),
                AttackModel.shipped(), AttackModel.HOLD.usesClauses());
    }

    /**
     * {@code model}: the learned component, or null for the rules alone (cross-validation compares the two);
     * {@code strongestClause}: whether the model also scores each clause of a comment alone.
     */
    GuidelinePipeline(CheckProperties properties, WordLists wordLists, AttackModel model, boolean strongestClause) {
        this.properties = properties;
        this.model = model;
        this.strongestClause = strongestClause;
        this.attacksChecked = properties.enabled().contains(Rule.ABUSIVE) || properties.enabled().contains(Rule.PERSONAL);
        Models models = Models.get();
        List<GuidelineCheck> all = List.of(new EnglishCheck(models, properties), new SentenceCheck(models, properties),
                new AbuseCheck(wordLists, new PersonDirected(models)),
                new PersonalCheck(properties.personalRejectAt(), new PersonDirected(models)));
        this.checks = all.stream().filter(c -> properties.enabled().contains(c.rule())).toList();
    }

    /** A pipeline with the shipped word lists, built without a Spring context. */
    public static GuidelinePipeline standalone(CheckProperties properties) {
        return new GuidelinePipeline(properties, new ClasspathWordLists(properties.wordLists()), AttackModel.shipped(),
                AttackModel.HOLD.usesClauses());
    }

    /** {@link #standalone(CheckProperties)}, with the model's score of each comment's strongest clause (--explain). */
    static GuidelinePipeline explaining(CheckProperties properties) {
        return standalone(properties, AttackModel.shipped());
    }

    /** The shipped word lists with another learned model (or none), for {@link CrossValidation}. */
    static GuidelinePipeline standalone(CheckProperties properties, AttackModel model) {
        return new GuidelinePipeline(properties, new ClasspathWordLists(properties.wordLists()), model, true);
    }

    /**
     * The same checks with other word lists, for trying a change of the lists before it is saved (the newsroom's
     * evaluation page). Cheap: the models are shared.
     */
    public CommentChecks withWordLists(WordLists wordLists) {
        return new GuidelinePipeline(properties, wordLists, model, strongestClause);
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
        LearnedScore learned = null;
        if (model != null && english && attacksChecked) {
            learned = model.score(text == null ? "" : text, strongestClause);
            weigh(verdicts, learned, text == null ? "" : text);
        }
        setAsideFragmentOfAnAttack(verdicts);
        Decision decision = verdicts.stream().map(Verdict::decision).max(Comparator.naturalOrder())
                .orElse(Decision.PUBLISH);
        // strictest first, so the first reason is the one to show the author
        verdicts.sort(Comparator.comparing(Verdict::decision).reversed());
        return new CheckResult(decision, verdicts, learned);
    }

    // what the rules are sure of without the model: a listed word, contact details or an address
    private static final List<String> CERTAIN = List.of("banned ", "contact details ", "home address ");

    /** The learned score's say: hold an attack the rules missed, hold rather than reject one it doubts. */
    private void weigh(List<Verdict> verdicts, LearnedScore learned, String text) {
        boolean flagged = verdicts.stream().anyMatch(v -> isAttackRule(v.rule()) && v.decision() != Decision.PUBLISH);
        if (!flagged && learned.holds()) {
            Rule rule = AttackFeatures.aimedAtReader(text) && properties.enabled().contains(Rule.PERSONAL)
                    || !properties.enabled().contains(Rule.ABUSIVE) ? Rule.PERSONAL : Rule.ABUSIVE;
            Explanation explanation = rule == Rule.PERSONAL ? PersonalCheck.EXPLANATION : AbuseCheck.EXPLANATION;
            // the score that held it: the whole comment's, or its strongest clause's when that alone meets the policy
            double score = AttackModel.HOLD.holdsByClause(learned) ? learned.clause().score().value() : learned.value();
            verdicts.replaceAll(v -> v.rule() == rule ? new Verdict(rule, Decision.REVIEW, score, explanation,
                    "held by the " + learned.evidence()) : v);
            return;
        }
        if (learned.value() < AttackModel.RELEASE_BELOW) {
            verdicts.replaceAll(v -> isWeakHold(v) ? new Verdict(v.rule(), Decision.PUBLISH, v.score(),
                    v.explanation(), v.evidence() + "; published: " + learned.evidence()) : v);
        }
        if (learned.value() < AttackModel.VETO_BELOW) {
            verdicts.replaceAll(v -> isAttackRule(v.rule()) && v.decision() == Decision.REJECT
                    && CERTAIN.stream().noneMatch(v.evidence()::startsWith)
                    ? new Verdict(v.rule(), Decision.REVIEW, v.score(), v.explanation(), v.evidence()
                            + "; held, not rejected: " + learned.evidence()) : v);
        }
    }

    /**
     * An attack is the author's problem, not its grammar ("Death to all the traitors.", "Touch grass, bro."): like a
     * foreign comment, a comment held or rejected as abusive or personal is not also told it lacks sentences. The
     * sentence verdict stays, as a publish, with what it found, for {@code moderate --explain}.
     */
    private static void setAsideFragmentOfAnAttack(List<Verdict> verdicts) {
        boolean attack = verdicts.stream().anyMatch(v -> isAttackRule(v.rule()) && v.decision() != Decision.PUBLISH);
        if (attack) {
            verdicts.replaceAll(v -> v.rule() == Rule.NOT_FULL_SENTENCES && v.decision() != Decision.PUBLISH
                    ? new Verdict(v.rule(), Decision.PUBLISH, v.score(), v.explanation(),
                            v.evidence() + "; set aside: the comment is held as an attack")
                    : v);
        }
    }

    /**
     * A hold for an attack on a pattern the rules trust least (a score under 0.8: "maybe an attack", "taunt at a
     * commenter"), not on the desk's suspect list or contact details: the model may release it when it is sure the
     * comment is civil ("Thank you for your kind words", quoting "go back to your village" to condemn it).
     */
    static boolean isWeakHold(Verdict v) {
        return isAttackRule(v.rule()) && v.decision() == Decision.REVIEW && v.score() < 0.8
                && !v.evidence().startsWith("suspect ") && CERTAIN.stream().noneMatch(v.evidence()::startsWith);
    }

    private static boolean isAttackRule(Rule rule) {
        return rule == Rule.ABUSIVE || rule == Rule.PERSONAL;
    }
}
