package news.dateline.comment.community;

import static news.dateline.article.ArticleDraftBuilder.anArticle;

import java.util.Set;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.MemberService;
import news.dateline.member.Role;
import news.dateline.support.WebSession;

/** Members, staff and articles for the community settings' integration tests: each call makes new ones. */
final class CommunityTestPeople {

    static final String PASSWORD = "correct horse battery staple";

    private final MemberService members;
    private final ArticleService articles;
    private final SectionDirectory sections;
    private final int port;

    CommunityTestPeople(MemberService members, ArticleService articles, SectionDirectory sections, int port) {
        this.members = members;
        this.articles = articles;
        this.sections = sections;
        this.port = port;
    }

    Member member(String name) {
        return with(name, Role.MEMBER);
    }

    Member moderator(String name) {
        return with(name, Role.MODERATOR);
    }

    Member editor(String name) {
        return with(name, Role.EDITOR);
    }

    Member admin(String name) {
        return members.create(new MemberService.NewMember(email(name), name, PASSWORD, Set.of(Role.ADMIN, Role.EDITOR)));
    }

    WebSession signedIn(Member member) {
        WebSession session = new WebSession(port);
        session.signIn(member.email(), PASSWORD);
        return session;
    }

    Article article() {
        var section = sections.ensure("community-tests", "Community tests", 95);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Community story " + UUID.randomUUID()).build(), null).id(), null);
    }

    private Member with(String name, Role role) {
        return members.create(new MemberService.NewMember(email(name), name, PASSWORD, Set.of(role)));
    }

    private static String email(String name) {
        return name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@test.local";
    }
}
