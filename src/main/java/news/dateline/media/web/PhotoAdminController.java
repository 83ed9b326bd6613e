package news.dateline.media.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.media.PhotoRejectedException;
import news.dateline.media.PhotoUpload;
import news.dateline.site.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom photo library at {@code /admin/photos}: upload photos, attach images to caption-only photos
 * and edit the words of any photo. A rejected file re-shows the page with the reason and the words typed.
 * Public files are served by {@link PhotoFileController}.
 */
@Controller
@RequestMapping("/admin/photos")
class PhotoAdminController {

    static final int SHOWN = 60;

    private final PhotoLibrary library;
    private final String maxUploadSize;

    PhotoAdminController(PhotoLibrary library) {
        this.library = library;
        this.maxUploadSize = library.maxUploadSize().toMegabytes() + " MB";
    }

    @GetMapping
    String library(Model model) {
        return page(model, PhotoWords.EMPTY, null, null, null, (String) model.getAttribute("notice"));
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @ModelAttribute("words") PhotoWords words,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Photo photo = library.upload(upload(file, words));
            redirect.addFlashAttribute("notice", "Photo " + photo.id() + " uploaded.");
            return "redirect:/admin/photos#photo-" + photo.id();
        } catch (PhotoRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, words, e.getMessage() + ". Choose the file again.", null, null, null);
        }
    }

    @PostMapping("/{id}/image")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            library.attachImage(id, upload(file, PhotoWords.EMPTY));
            redirect.addFlashAttribute("notice", "Image attached to photo " + id + ".");
            return "redirect:/admin/photos#photo-" + id;
        } catch (PhotoRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, PhotoWords.EMPTY, null, id, e.getMessage() + ".", null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Photo photo = library.find(id).orElseThrow(() -> new NotFoundException("photo " + id));
        model.addAttribute("card", new PhotoCard(photo));
        return "admin/media/photo";
    }

    @PostMapping("/{id}")
    String describe(@PathVariable long id, @ModelAttribute("words") PhotoWords words, RedirectAttributes redirect) {
        library.describe(id, words.caption(), words.credit(), words.altText());
        redirect.addFlashAttribute("notice", "Words of photo " + id + " saved.");
        return "redirect:/admin/photos#photo-" + id;
    }

    private String page(Model model, PhotoWords words, String uploadError, Long attachFailedFor,
                        String attachError, String notice) {
        var cards = library.recent(SHOWN).stream().map(PhotoCard::new).toList();
        model.addAttribute("page", new PhotosPage(cards, words, uploadError, attachFailedFor, attachError,
                notice, maxUploadSize));
        return "admin/media/photos";
    }

    private static PhotoUpload upload(MultipartFile file, PhotoWords words) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new PhotoRejectedException("No file was chosen");
        }
        try {
            return new PhotoUpload(file.getOriginalFilename(), file.getBytes(), words.caption(), words.credit(),
                    words.altText());
        } catch (IOException e) {
            throw new PhotoRejectedException(file.getOriginalFilename() + " did not arrive completely", e);
        }
    }
}
