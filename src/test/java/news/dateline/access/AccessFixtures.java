package news.dateline.access;

import static news.dateline.article.ArticleDraftBuilder.anArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.MemberService;
import news.dateline.member.Role;

/** Members and published articles for the access tests, each with unique names (the database is shared). */
public class AccessFixtures {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String SECOND_PARAGRAPH = "Only readers the wall lets through see this second paragraph";

    private final ArticleService articles;
    private final SectionDirectory sections;
    private final MemberService members;

    public AccessFixtures(ArticleService articles, SectionDirectory sections, MemberService members) {
        this.articles = articles;
        this.sections = sections;
        this.members = members;
    }

    public Member member() {
        return create(Role.MEMBER);
    }

    public Member create(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.local";
        return members.create(new MemberService.NewMember(email, "Reader " + email.substring(0, 12), PASSWORD,
                Set.of(role)));
    }

    Article metered() {
        return publish(anArticle().metered());
    }

    Article free() {
        return publish(anArticle());
    }

    public Article premium() {
        return publish(anArticle().premium());
    }

    List<Article> metered(int count) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(metered());
        }
        return list;
    }

    Article publish(ArticleDraftBuilder draft) {
        Section section = sections.ensure("access-tests", "Access tests", 90);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var built = draft.inSection(section).headline("Meter story " + unique)
                .body("The opening paragraph of story " + unique + ".\n\n" + SECOND_PARAGRAPH + " " + unique
                        + ".\n\n## Later\n\nAnd a third.")
                .build();
        return articles.publish(articles.create(built, null).id(), null);
    }
}
