/**
 * The database every node shares: the embedded PostgreSQL when none is configured, signed values
 * ({@link news.dateline.database.Signer}) and the {@link news.dateline.database.ChangeFeed} that tells every node
 * when a change commits. A shared module: it owns no feature's tables and depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package news.dateline.database;
