/**
 * The site's frame: security (who reaches what, CSRF, sessions in PostgreSQL), the page chrome every template
 * shares, error pages and conditional GETs. It owns no feature's tables; features use it only for the chrome and
 * the upload-too-large page, never for another feature's data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "member", "site"})
package news.dateline.web;
