/**
 * Desks: teams in the newsroom (Metro, Business, Sport), apart from the public sections. Admins manage them, staff
 * belong to them, a story belongs to one; the article list and the newsroom's home filter by them.
 */
@org.springframework.modulith.NamedInterface("desk")
package news.dateline.article.desk;
