package news.dateline.article.web;

import news.dateline.site.PageNumber;
import java.util.ArrayList;
import java.util.List;

import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticlePage;
import news.dateline.article.ArticleQueries;
import news.dateline.article.Author;
import news.dateline.article.Section;
import news.dateline.article.MostReadLists;
import news.dateline.article.ReaderPageViews;
import news.dateline.article.SectionDirectory;
import news.dateline.article.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageCaching;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reader's lists: the home page, the latest articles, and the pages of a section, a tag and an author. */
@Controller
class ListingPagesController {

    static final int PAGE_SIZE = 20;
    private static final int TOP_STORIES = 5;
    private static final int PER_SECTION = 4;

    private final ArticleQueries articles;
    private final SectionDirectory sections;
    private final ArticleViews views;
    private final SiteProperties site;
    private final Words words;
    private final ReaderPageViews pageViews;
    private final MostReadLists mostRead;

    ListingPagesController(ArticleQueries articles, SectionDirectory sections, ArticleViews views, SiteProperties site,
                           Words words, ReaderPageViews pageViews, MostReadLists mostRead) {
        this.pageViews = pageViews;
        this.mostRead = mostRead;
        this.words = words;
        this.articles = articles;
        this.sections = sections;
        this.views = views;
        this.site = site;
    }

    /** Every list is the same for every anonymous reader (a signed-in one sees their name in the masthead). */
    @ModelAttribute
    void caching(@AuthenticationPrincipal SignedInMember member, HttpServletResponse response) {
        PageCaching.sameForEveryAnonymousReader(response, member == null);
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request, Model model) {
        pageViews.listingViewed(null, member, request);
        var top = views.teasers(articles.list(ArticleFilter.published(1, TOP_STORIES)).items());
        List<HomeSection> blocks = new ArrayList<>();
        for (Section section : sections.all()) {
            var items = articles.list(ArticleFilter.published(1, PER_SECTION).inSection(section.id())).items();
            if (!items.isEmpty()) {
                blocks.add(new HomeSection(section.name(), section.path(), views.teasers(items)));
            }
        }
        model.addAttribute("top", top);
        model.addAttribute("mostRead", views.mostRead(mostRead.mostRead(null), 0));
        model.addAttribute("sections", blocks);
        model.addAttribute("meta", PageMeta.simple(words.get("home.title"), words.get("home.description", site.name()),
                site.absolute("/")));
        return "article/home";
    }

    @GetMapping("/latest")
    String latest(@RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        return list(model, words.get("home.title"), null, "/latest", "/feeds/rss.xml", ArticleFilter.published(page, PAGE_SIZE));
    }

    @GetMapping("/{section:[a-z0-9-]+}")
    String section(@PathVariable String section, @RequestParam(defaultValue = "1") @PageNumber int page,
                   @AuthenticationPrincipal SignedInMember member, HttpServletRequest request, Model model) {
        Section found = sections.bySlug(section).orElseThrow(() -> new NotFoundException("section " + section));
        pageViews.listingViewed(found.slug(), member, request);
        model.addAttribute("mostRead", views.mostRead(mostRead.mostRead(found.slug()), 0));
        return list(model, found.name(), null, found.path(), "/feeds/sections/" + found.slug() + "/rss.xml",
                ArticleFilter.published(page, PAGE_SIZE).inSection(found.id()));
    }

    @GetMapping("/tags/{slug}")
    String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        Tag tag = articles.tag(slug).orElseThrow(() -> new NotFoundException("tag " + slug));
        return list(model, tag.name(), words.get("list.tag.intro", tag.name()), tag.path(), "/feeds/tags/" + slug + "/rss.xml",
                ArticleFilter.published(page, PAGE_SIZE).tagged(tag.id()));
    }

    @GetMapping("/authors/{slug}")
    String author(@PathVariable String slug, @RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        Author author = articles.author(slug).orElseThrow(() -> new NotFoundException("author " + slug));
        return list(model, author.name(), author.bio(), author.path(), "/feeds/authors/" + slug + "/rss.xml",
                ArticleFilter.published(page, PAGE_SIZE).byAuthor(author.id()));
    }

    private String list(Model model, String title, String intro, String path, String feedUrl, ArticleFilter filter) {
        ArticlePage page = articles.list(filter);
        if (page.items().isEmpty() && page.page() > 1) {
            throw new NotFoundException("page " + page.page() + " of " + path);
        }
        String canonical = site.absolute(page.page() == 1 ? path : path + "?page=" + page.page());
        if (!model.containsAttribute("mostRead")) {
            model.addAttribute("mostRead", List.of()); // tags, authors and the latest list have none of their own
        }
        model.addAttribute("listing", new Listing(title, intro, views.teasers(page.items()),
                page.hasPrevious() ? pageUrl(path, page.page() - 1) : null,
                page.hasNext() ? pageUrl(path, page.page() + 1) : null, feedUrl));
        model.addAttribute("meta", PageMeta.simple(title, intro != null ? intro : words.get("list.description", title, site.name()), canonical));
        return "article/list";
    }

    private static String pageUrl(String path, int page) {
        return page == 1 ? path : path + "?page=" + page;
    }
}
