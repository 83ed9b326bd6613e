package news.dateline.article.web;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import news.dateline.article.Article;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.ArticleEmbargoedException;
import news.dateline.article.ArticleNotApprovedException;
import news.dateline.article.ArticleService;
import news.dateline.article.desk.Desks;
import news.dateline.article.review.Actor;
import news.dateline.article.correction.Correction;
import news.dateline.article.correction.Corrections;
import news.dateline.article.correction.CorrectionsPanel;
import java.util.List;
import news.dateline.article.review.ReviewService;
import org.springframework.security.core.context.SecurityContextHolder;
import news.dateline.article.EditConflictException;
import news.dateline.article.Revision;
import news.dateline.article.RevisionDiff;
import news.dateline.article.presence.EditorPresence;
import news.dateline.article.presence.PresenceView;
import news.dateline.member.Member;
import news.dateline.member.Members;
import org.springframework.http.HttpStatus;
import news.dateline.article.InvalidArticleException;
import news.dateline.article.SectionDirectory;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.media.PhotoRejectedException;
import news.dateline.media.PhotoUpload;
import news.dateline.member.SignedInMember;
import news.dateline.site.AcceptedDates;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's article editor: write, upload a lead photo, preview, schedule, publish, unpublish. */
@Controller
class ArticleAdminController {


    private final ArticleService articles;
    private final SectionDirectory sections;
    private final PhotoLibrary photos;
    private final ArticleViews views;
    private final SiteProperties site;
    private final Members members;
    private final EditorPresence presence;
    private final ReviewService reviews;
    private final ReviewPanels reviewPanels;
    private final Corrections corrections;
    private final Desks desks;

    ArticleAdminController(ArticleService articles, SectionDirectory sections, PhotoLibrary photos,
                           ArticleViews views, SiteProperties site, Members members,
                           EditorPresence presence, ReviewService reviews, ReviewPanels reviewPanels,
                           Corrections corrections, Desks desks) {
        this.corrections = corrections;
        this.desks = desks;
        this.reviews = reviews;
        this.reviewPanels = reviewPanels;
        this.members = members;
        this.presence = presence;
        this.articles = articles;
        this.sections = sections;
        this.photos = photos;
        this.views = views;
        this.site = site;
    }

    @GetMapping("/admin/articles/new")
    String newArticle(Model model) {
        return editor(model, null, ArticleForm.empty(), null, null);
    }

    @PostMapping("/admin/articles")
    String create(@ModelAttribute ArticleForm form, @RequestParam(required = false) MultipartFile leadPhotoFile,
                  @AuthenticationPrincipal SignedInMember editor, Model model, RedirectAttributes redirect) {
        try {
            Long photoId = leadPhoto(form, leadPhotoFile);
            // a writer's article waits for an editor's approval before it can go out; an editor's own does not
            Article article = Actor.of(editor).editor() ? articles.create(form.toDraft(photoId), editor.memberId())
                    : articles.createForApproval(form.toDraft(photoId), editor.memberId());
            redirect.addFlashAttribute("notice", "Draft saved.");
            return "redirect:/admin/articles/" + article.id();
        } catch (InvalidArticleException | PhotoRejectedException e) {
            return editor(model, null, form, e.getMessage(), null);
        }
    }

    @GetMapping("/admin/articles/{id}")
    String edit(@PathVariable long id, @ModelAttribute("notice") String notice, @ModelAttribute("error") String error,
                @AuthenticationPrincipal SignedInMember member, Model model) {
        Article article = articles.get(id);
        reviews.checkMayEdit(Actor.of(member), id);
        return editor(model, article, ArticleForm.of(article), error.isEmpty() ? null : error, notice);
    }

    @PostMapping("/admin/articles/{id}")
    String update(@PathVariable long id, @ModelAttribute ArticleForm form,
                  @RequestParam(required = false) MultipartFile leadPhotoFile,
                  @AuthenticationPrincipal SignedInMember editor, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Article current = articles.get(id);
        reviews.checkMayEdit(Actor.of(editor), id);
        if (form.baseRevision() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(model, current, form.rebasedOn(current.revision()), "The form did not say which version "
                    + "of the article it was opened on, so it was not saved. Compare with the History, then save again.",
                    null);
        }
        ArticleForm saving = form;
        try {
            Long photoId = leadPhoto(form, leadPhotoFile);
            // an uploaded photo is kept even if the save is refused, so the editor need not upload it again
            saving = form.withLeadPhoto(photoId);
            reviews.save(Actor.of(editor), id, form.baseRevision(), saving.toDraft(photoId), form.isPublicUpdate(),
                    form.historyNote());
            redirect.addFlashAttribute("notice", form.isPublicUpdate() && current.isPublished()
                    ? "Saved as a public update: readers see the new Updated time." : "Saved.");
            return "redirect:/admin/articles/" + id;
        } catch (EditConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editor(model, current, saving.rebasedOn(e.theirs().number()), null, null, conflict(e, current));
        } catch (InvalidArticleException | PhotoRejectedException e) {
            return editor(model, current, saving, e.getMessage(), null);
        }
    }

    private EditConflictView conflict(EditConflictException e, Article current) {
        Revision theirs = e.theirs();
        String savedBy = theirs.editorId() == null ? "The system"
                : members.find(theirs.editorId()).map(Member::displayName).orElse("Former staff");
        return new EditConflictView(theirs.number(), e.baseRevision(), savedBy,
                views.format().dateTime(theirs.createdAt()),
                RevisionDiff.rows(theirs.snapshot(), articles.snapshotOf(e.yours(), current)));
    }

    // publishing, scheduling and unpublishing are for editors and admins (URL rules in web.SecurityConfiguration,
    // and again in ReviewService); each move is logged with who made it and the note given
    @PostMapping("/admin/articles/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String note,
                   @AuthenticationPrincipal SignedInMember editor, RedirectAttributes redirect) {
        try {
            reviews.publish(Actor.of(editor), id, note);
            redirect.addFlashAttribute("notice", "Published.");
        } catch (ArticleEmbargoedException e) {
            redirect.addFlashAttribute("error", e.message(views.format().dateTime(e.until())));
        } catch (ArticleNotApprovedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }

    @PostMapping("/admin/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, @AuthenticationPrincipal SignedInMember editor, RedirectAttributes redirect) {
        articles.unpublish(id, editor.memberId());
        redirect.addFlashAttribute("notice", "Unpublished: readers no longer see it.");
        return "redirect:/admin/articles/" + id;
    }

    @PostMapping("/admin/articles/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam String publishAt, @RequestParam(required = false) String note,
                    @AuthenticationPrincipal SignedInMember editor, RedirectAttributes redirect) {
        try {
            Instant at = AcceptedDates.parseLocal(publishAt, site.zone());
            reviews.schedule(Actor.of(editor), id, at, note);
            redirect.addFlashAttribute("notice", "Scheduled for " + views.format().dateTime(at) + ".");
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("error", "Give the publication date and time.");
        } catch (ArticleEmbargoedException e) {
            redirect.addFlashAttribute("error", e.message(views.format().dateTime(e.until())));
        } catch (InvalidArticleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }

    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, @AuthenticationPrincipal SignedInMember member, Model model) {
        reviews.checkMayEdit(Actor.of(member), id);
        ArticleView view = views.page(articles.get(id), true);
        model.addAttribute("article", view);
        model.addAttribute("meta", PageMeta.unlisted("Preview: " + view.headline()));
        return "article/article";
    }

    /** Uploads the photo chosen in the form, if any; otherwise keeps the photo the form names. */
    private Long leadPhoto(ArticleForm form, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return form.leadPhotoId();
        }
        try {
            Photo photo = photos.upload(new PhotoUpload(file.getOriginalFilename(), file.getBytes(),
                    blankToNull(form.photoCaption()), blankToNull(form.photoCredit()), blankToNull(form.photoAlt())));
            return photo.id();
        } catch (IOException e) {
            throw new PhotoRejectedException("The photo " + file.getOriginalFilename() + " could not be read.");
        }
    }

    private String editor(Model model, Article article, ArticleForm form, String error, String notice) {
        return editor(model, article, form, error, notice, null);
    }

    private String editor(Model model, Article article, ArticleForm form, String error, String notice,
                          EditConflictView conflict) {
        Photo lead = form.leadPhotoId() == null ? null : photos.find(form.leadPhotoId()).orElse(null);
        String lifecycle = article == null ? "New article, not saved yet." : lifecycle(article);
        model.addAttribute("editor", new ArticleEditor(article == null ? null : article.id(), form,
                article == null ? null : article.status().name(), lifecycle,
                article != null && article.isPublished() ? article.path() : null, sections.all(), lead,
                PhotoChoices.search(photos, ""), error, notice == null || notice.isEmpty() ? null : notice, conflict,
                article == null ? null : PresenceView.opening(article.id(), presence.properties()),
                article == null ? null : reviewPanels.of(article.id(), article.status(), currentActor()),
                article == null ? null : correctionsPanel(article),
                article == null ? null : new DeskPanel(article.id(), desks.all(), desks.deskOf(article.id()).orElse(null))));
        model.addAttribute("title", article == null ? "New article" : "Edit article");
        return "admin/article/editor";
    }

    /** The corrections box, for editors, once the article is published or has notes. */
    private CorrectionsPanel correctionsPanel(Article article) {
        List<Correction> all = corrections.all(article.id());
        if (!currentActor().editor() || (!article.isPublished() && all.isEmpty())) {
            return null;
        }
        var f = views.format();
        return new CorrectionsPanel(article.id(), all.stream().map(c -> new CorrectionsPanel.Row(c.id(),
                c.kind().label(), f.dateTime(c.createdAt()), c.text(),
                c.withdrawn() ? "Withdrawn " + f.dateTime(c.withdrawnAt()) + " by " + name(c.withdrawnBy()) + ": "
                        + c.withdrawalReason() : null,
                "/admin/articles/" + article.id() + "/corrections/" + c.id() + "/withdraw")).toList());
    }

    private String name(Long memberId) {
        return memberId == null ? "former staff"
                : members.find(memberId).map(Member::displayName).orElse("former staff");
    }

    private static Actor currentActor() {
        return Actor.of((SignedInMember) SecurityContextHolder.getContext().getAuthentication().getPrincipal());
    }

    private String lifecycle(Article article) {
        var f = views.format();
        return switch (article.status()) {
            case DRAFT -> "Draft, last saved " + f.dateTime(article.modifiedAt()) + ".";
            case SCHEDULED -> "Scheduled for " + f.dateTime(article.scheduledAt()) + ".";
            case PUBLISHED -> "Published " + f.dateTime(article.publishedAt())
                    + (article.updatedAt() != null && article.updatedAt().isAfter(article.publishedAt())
                    ? ", updated " + f.dateTime(article.updatedAt()) : "") + ".";
            case UNPUBLISHED -> "Unpublished; readers do not see it.";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
