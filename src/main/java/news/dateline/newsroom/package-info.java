/**
 * The newsroom's home ({@code /admin}): what needs attention now, gathered from the features that own it
 * (articles in review and scheduled, comments held for moderation, newsletter editions being sent, mail that
 * failed). It only reads, through each feature's public classes; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "article :: desk", "comment :: moderation",
        "mail", "member", "newsletter", "newsletter :: edition", "site"})
package news.dateline.newsroom;
