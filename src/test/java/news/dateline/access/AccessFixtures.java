package news.dateline.access;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.TestData;

/**
 * The access tests' words on top of {@link TestData}: metered, free and premium stories whose second paragraph
 * only readers the wall lets through may see. Members come from {@link TestData} (password
 * {@link TestData#PASSWORD}).
 */
public class AccessFixtures {

    public static final String SECOND_PARAGRAPH = "Only readers the wall lets through see this second paragraph";

    private final TestData data;

    public AccessFixtures(TestData data) {
        this.data = data;
    }

    public Member member() {
        return create(Role.MEMBER);
    }

    public Member create(Role role) {
        return data.withRoles(role);
    }

    Article metered() {
        return publish(ArticleDraftBuilder::metered);
    }

    Article free() {
        return publish(draft -> draft);
    }

    public Article premium() {
        return publish(ArticleDraftBuilder::premium);
    }

    List<Article> metered(int count) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(metered());
        }
        return list;
    }

    private Article publish(UnaryOperator<ArticleDraftBuilder> access) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return data.publishedStory(draft -> access.apply(draft.headline("Meter story " + unique)
                .body("The opening paragraph of story " + unique + ".\n\n" + SECOND_PARAGRAPH + " " + unique
                        + ".\n\n## Later\n\nAnd a third.")));
    }
}
