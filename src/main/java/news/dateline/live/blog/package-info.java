/**
 * Live blogs: an article followed live in short timestamped entries, some pinned as key points. Exposed to other
 * features as the named interface "blog" (the first-start content makes one through {@link
 * news.dateline.live.blog.LiveBlogs}).
 */
@org.springframework.modulith.NamedInterface("blog")
package news.dateline.live.blog;
