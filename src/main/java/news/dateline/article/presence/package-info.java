/**
 * Who has an article open in the editor: a heartbeat from each open editor page every few seconds, shown to the
 * others as "Vikram has been editing since 10:42 pm". Informational only: the save itself is checked against the
 * revision the editor started from ({@code ArticleService#update}).
 */
package news.dateline.article.presence;
