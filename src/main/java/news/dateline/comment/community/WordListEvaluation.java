package news.dateline.comment.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import news.dateline.comment.check.Evaluation;
import news.dateline.comment.check.GuidelinePipeline;
import news.dateline.comment.check.WordLists;
import org.springframework.stereotype.Service;

/**
 * The guideline checks with the newsroom's current word lists, measured on the shipped evaluation set
 * ({@link Evaluation#shippedSet()}), and, when the desk is considering a change (add a word to a tier, or remove
 * one), measured again with the change, with the comments whose outcome it changes. Nothing is saved: this is the
 * check before {@link WordListEditor} makes the change.
 */
@Service
public class WordListEvaluation {

    /** A change being considered: add {@code entry} to {@code tier}, or remove it when {@code tier} is null. */
    public record Proposal(String entry, WordTier tier) {

        public boolean removes() {
            return tier == null;
        }
    }

    /** One comment the proposal would decide differently. */
    public record Changed(String text, String expected, String before, String after) {
    }

    /** The current figures, and with a proposal (null when there is none) its figures and the changed comments. */
    public record Result(Evaluation current, Proposal proposal, Evaluation proposed, List<Changed> changed) {
    }

    private final GuidelinePipeline pipeline;
    private final WordLists lists;
    private final List<Evaluation.Example> examples = Evaluation.shippedSet();

    WordListEvaluation(GuidelinePipeline pipeline, WordLists lists) {
        this.pipeline = pipeline;
        this.lists = lists;
    }

    public Result evaluate(Proposal proposal) {
        Evaluation current = Evaluation.run(pipeline, examples);
        String entry = proposal == null ? "" : WordLists.entryOf(proposal.entry());
        if (entry.isEmpty() || entry.indexOf('*') >= 0) {
            return new Result(current, null, null, List.of());
        }
        Set<String> banned = new TreeSet<>(lists.banned());
        Set<String> suspect = new TreeSet<>(lists.suspect());
        banned.remove(entry);
        suspect.remove(entry);
        if (proposal.tier() == WordTier.BANNED) {
            banned.add(entry);
        } else if (proposal.tier() == WordTier.SUSPECT) {
            suspect.add(entry);
        }
        Set<String> proposedBanned = Set.copyOf(banned);
        Set<String> proposedSuspect = Set.copyOf(suspect);
        WordLists proposedLists = new WordLists() {
            @Override
            public Set<String> banned() {
                return proposedBanned;
            }

            @Override
            public Set<String> suspect() {
                return proposedSuspect;
            }
        };
        Evaluation proposed = Evaluation.run(pipeline.withWordLists(proposedLists), examples);
        List<Changed> changed = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            var before = current.outcomes().get(i);
            var after = proposed.outcomes().get(i);
            if (before.result().decision() != after.result().decision() || !before.got().equals(after.got())) {
                changed.add(new Changed(before.example().text(), before.example().expected(),
                        describe(before), describe(after)));
            }
        }
        return new Result(current, new Proposal(entry, proposal.tier()), proposed, List.copyOf(changed));
    }

    private static String describe(Evaluation.Outcome outcome) {
        String decision = outcome.result().decision().name().toLowerCase(java.util.Locale.ROOT);
        return outcome.got().equals(Evaluation.PUBLISH) ? decision : decision + " (" + outcome.got() + ")";
    }
}
