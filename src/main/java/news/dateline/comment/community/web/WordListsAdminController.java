package news.dateline.comment.community.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.community.WordListEditor;
import news.dateline.comment.community.WordListEvaluation;
import news.dateline.comment.community.WordTier;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community desk edits the abuse check's word lists ({@code /admin/community/word-lists}): search, add one or
 * many, remove, move between banned and suspect. Each change redirects back to the page (and search) it came from,
 * with what happened in words; a refused entry stays in its box.
 */
@Controller
class WordListsAdminController {

    private final WordListEditor editor;
    private final WordListEvaluation evaluation;
    private final DateLineFormat format;

    WordListsAdminController(WordListEditor editor, WordListEvaluation evaluation, SiteProperties site) {
        this.editor = editor;
        this.evaluation = evaluation;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
    }

    @GetMapping(WordListsView.PATH)
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        WordListEditor.Listing listing = editor.list(q);
        model.addAttribute("title", "Word lists");
        model.addAttribute("lists", new WordListsView(listing.query(), listing.banned(), listing.suspect(),
                listing.total(), listing.changes().stream().map(c -> new WordListsView.Change(c.entry(),
                        c.action().words(), c.tier().label(), c.changedBy(), format.dateTime(c.changedAt()),
                        c.changedAt().toString())).toList(),
                (String) model.getAttribute("notice"), (String) model.getAttribute("error"),
                (String) model.getAttribute("typed"), (WordTier) model.getAttribute("typedTier"),
                (String) model.getAttribute("bulk")));
        return "admin/comment/word-lists";
    }

    /**
     * The lists measured on the evaluation set; with {@code entry} and {@code change} ({@code banned},
     * {@code suspect} or {@code remove}) also the lists with that change, which is not saved.
     */
    @GetMapping(WordListsEvaluationView.PATH)
    String evaluation(@RequestParam(defaultValue = "") String entry, @RequestParam(defaultValue = "") String change,
                      Model model) {
        WordTier tier = switch (change) {
            case "banned" -> WordTier.BANNED;
            case "suspect" -> WordTier.SUSPECT;
            default -> null;
        };
        boolean proposing = !entry.isBlank() && (tier != null || change.equals("remove"));
        String typed = entry.length() > 200 ? entry.substring(0, 200) : entry;
        WordListEvaluation.Result result = evaluation.evaluate(
                proposing ? new WordListEvaluation.Proposal(typed, tier) : null);
        model.addAttribute("title", "Word lists on the evaluation set");
        model.addAttribute("evaluation", WordListsEvaluationView.of(result, typed, change));
        return "admin/comment/word-lists-evaluation";
    }

    @PostMapping(WordListsView.ADD)
    String add(@RequestParam(defaultValue = "") String entry, @RequestParam WordTier tier,
               @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal SignedInMember moderator,
               RedirectAttributes redirect) {
        WordListEditor.Outcome outcome = editor.add(entry, tier, moderator.memberId());
        if (!outcome.changed()) {
            redirect.addFlashAttribute("typed", entry);
            redirect.addFlashAttribute("typedTier", tier);
        }
        return back(outcome, q, redirect);
    }

    @PostMapping(WordListsView.BULK)
    String bulk(@RequestParam(defaultValue = "") String entries, @RequestParam WordTier tier,
                @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal SignedInMember moderator,
                RedirectAttributes redirect) {
        WordListEditor.Outcome outcome = editor.addAll(entries, tier, moderator.memberId());
        if (!outcome.changed()) {
            redirect.addFlashAttribute("bulk", entries);
        }
        return back(outcome, q, redirect);
    }

    @PostMapping(WordListsView.REMOVE)
    String remove(@RequestParam(defaultValue = "") String entry, @RequestParam(defaultValue = "") String q,
                  @AuthenticationPrincipal SignedInMember moderator, RedirectAttributes redirect) {
        return back(editor.remove(entry, moderator.memberId()), q, redirect);
    }

    @PostMapping(WordListsView.MOVE)
    String move(@RequestParam(defaultValue = "") String entry, @RequestParam WordTier tier,
                @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal SignedInMember moderator,
                RedirectAttributes redirect) {
        return back(editor.move(entry, tier, moderator.memberId()), q, redirect);
    }

    private static String back(WordListEditor.Outcome outcome, String q, RedirectAttributes redirect) {
        redirect.addFlashAttribute(outcome.changed() ? "notice" : "error", outcome.message());
        return "redirect:" + WordListsView.PATH + (q.isBlank() ? "" : "?q=" + URLEncoder.encode(q.strip(),
                StandardCharsets.UTF_8));
    }
}
