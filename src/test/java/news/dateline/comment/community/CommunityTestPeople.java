package news.dateline.comment.community;

import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;

/**
 * The community settings' integration tests' people, named as each test tells its story, made by {@link TestData}
 * (password {@link TestData#PASSWORD}): each call makes new ones.
 */
final class CommunityTestPeople {

    private final TestData data;

    CommunityTestPeople(TestData data) {
        this.data = data;
    }

    Member member(String name) {
        return data.withRoles(name, Role.MEMBER);
    }

    Member moderator(String name) {
        return data.withRoles(name, Role.MODERATOR);
    }

    Member editor(String name) {
        return data.withRoles(name, Role.EDITOR);
    }

    Member admin(String name) {
        return data.withRoles(name, Role.ADMIN, Role.EDITOR);
    }

    WebSession signedIn(Member member) {
        return data.signedIn(member);
    }

    Article article() {
        return data.publishedStory();
    }
}
