package news.dateline.article;

import java.util.ArrayList;
import java.util.List;

/** Readable test drafts: {@code anArticle().inSection(news).headline("…").by("Jane Doe").build()}. */
public final class ArticleDraftBuilder {

    private String headline = "Council approves the new harbour bridge";
    private String standfirst = "The vote ends a decade of argument over the crossing";
    private String body = "The council voted on Monday.\n\n## What happens next\n\nWork starts in spring.";
    private long sectionId;
    private String slug;
    private String dateline = "MUMBAI";
    private final List<String> bylines = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Long leadPhotoId;
    private AccessLevel access = AccessLevel.FREE;

    public static ArticleDraftBuilder anArticle() {
        return new ArticleDraftBuilder();
    }

    public ArticleDraftBuilder inSection(Section section) {
        this.sectionId = section.id();
        return this;
    }

    public ArticleDraftBuilder headline(String headline) {
        this.headline = headline;
        return this;
    }

    public ArticleDraftBuilder standfirst(String standfirst) {
        this.standfirst = standfirst;
        return this;
    }

    public ArticleDraftBuilder body(String body) {
        this.body = body;
        return this;
    }

    public ArticleDraftBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public ArticleDraftBuilder by(String... names) {
        bylines.addAll(List.of(names));
        return this;
    }

    public ArticleDraftBuilder fromAgencies(String... names) {
        agencies.addAll(List.of(names));
        return this;
    }

    public ArticleDraftBuilder tagged(String... names) {
        tags.addAll(List.of(names));
        return this;
    }

    public ArticleDraftBuilder withLeadPhoto(long photoId) {
        this.leadPhotoId = photoId;
        return this;
    }

    public ArticleDraftBuilder metered() {
        this.access = AccessLevel.METERED;
        return this;
    }

    public ArticleDraftBuilder premium() {
        this.access = AccessLevel.PREMIUM;
        return this;
    }

    public ArticleDraft build() {
        return new ArticleDraft(headline, standfirst, body, sectionId, slug, dateline, bylines, agencies, tags,
                leadPhotoId, access);
    }
}
