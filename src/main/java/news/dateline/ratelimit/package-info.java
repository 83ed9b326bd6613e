/**
 * Rate limits shared across app nodes (buckets in PostgreSQL). Terms: a <em>bucket</em> names who is limited for
 * what; a <em>window</em> is the fixed stretch of time its hits are counted in; a <em>limit</em> is hits per window.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package news.dateline.ratelimit;
