package news.dateline.article;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds published articles by position (keyset paging), by slug, and the tags and authors readers can see: the
 * questions of the content API that {@link ArticleListing}'s page-numbered lists do not answer.
 */
@Repository
class PublishedArticleIndex {

    private final JdbcClient jdbc;

    PublishedArticleIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids in order: publication time, then id, both descending (the order the cursor continues). */
    List<Long> ids(PublishedArticlesQuery query) {
        ArticleConditions conditions = new ArticleConditions().publishedOnly()
                .section(query.sectionId()).author(query.authorId()).tag(query.tagId())
                .published(query.since(), query.until());
        if (query.after() != null) {
            conditions.with("(a.published_at, a.id) < (:afterAt, :afterId)", "afterAt",
                    Timestamp.from(query.after().publishedAt()));
            conditions.params().put("afterId", query.after().id());
        }
        conditions.params().put("limit", query.limit());
        return jdbc.sql("select a.id from article a" + conditions.where()
                        + " order by a.published_at desc, a.id desc limit :limit")
                .params(conditions.params()).query(Long.class).list();
    }

    /** Slugs are unique only with the id in the URL: the newest published article with the slug. */
    Optional<Long> newestWithSlug(String slug) {
        return jdbc.sql("""
                        select id from article where status = 'PUBLISHED' and slug = :slug
                        order by published_at desc, id desc limit 1""")
                .param("slug", slug).query(Long.class).optional();
    }

    /** Tags of at least one published article: a tag made for a draft says nothing yet. */
    List<Tag> publishedTags() {
        return jdbc.sql("""
                        select t.id, t.slug, t.name from tag t
                        where exists (select 1 from article_tag at join article a on a.id = at.article_id
                                      where at.tag_id = t.id and a.status = 'PUBLISHED')
                        order by t.name""")
                .query(Tag.class).list();
    }

    /** Authors with a byline on at least one published article. */
    List<Author> publishedAuthors() {
        return jdbc.sql("""
                        select au.id, au.slug, au.name, au.bio from author au
                        where exists (select 1 from article_author aa join article a on a.id = aa.article_id
                                      where aa.author_id = au.id and a.status = 'PUBLISHED')
                        order by au.name""")
                .query(Author.class).list();
    }
}
