package news.dateline.article;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds published articles by slug, and the tags and authors readers can see: questions of the content API that
 * {@link ArticleListing}'s lists do not answer.
 */
@Repository
class PublishedArticleIndex {

    private final JdbcClient jdbc;

    PublishedArticleIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
