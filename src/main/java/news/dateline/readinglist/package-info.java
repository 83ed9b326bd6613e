/**
 * The reading list: articles a member has saved to read later ("Saved stories" on the site; say "saved article"
 * in code, not "bookmark" or "favourite"). Saving never counts against the meter; reading a saved article does,
 * as usual. {@link news.dateline.readinglist.ReadingList} is the door for other features.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "member", "site"})
package news.dateline.readinglist;
