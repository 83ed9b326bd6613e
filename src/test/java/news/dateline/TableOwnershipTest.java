package news.dateline;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one feature (DESIGN.md): only that feature's SQL names it. The owner of each table the
 * migrations create is listed here, so a new table must be given one; SQL in a feature's classes that names another
 * feature's table fails, unless it is one of the declared read-only exceptions below.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/news/dateline");

    /** Table → the top-level feature (Modulith module) that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("gift_link", "access"), entry("gift_registration", "access"), entry("meter_month", "access"),
            entry("meter_read", "access"), entry("plan", "access"), entry("subscription", "access"),
            entry("payment_event", "access"), entry("payment_invoice", "access"),
            entry("payment_reconciliation", "access"),
            entry("api_key", "api"),
            entry("audience_click", "audience"), entry("audience_open", "audience"),
            entry("audience_conversion", "audience"), entry("audience_salt", "audience"),
            entry("page_view_minute", "audience"), entry("page_view_hour", "audience"),
            entry("page_view_total_hour", "audience"), entry("page_view_day", "audience"),
            entry("audience_visitor", "audience"), entry("audience_member_read", "audience"),
            entry("article", "article"), entry("article_author", "article"), entry("article_correction", "article"),
            entry("article_photo", "article"), entry("article_presence", "article"),
            entry("article_review_step", "article"), entry("article_revision", "article"),
            entry("article_tag", "article"), entry("author", "article"), entry("section", "article"),
            entry("desk", "article"), entry("desk_member", "article"),
            entry("tag", "article"),
            entry("comment", "comment"), entry("comment_author_standing", "comment"),
            entry("comment_import_rejection", "comment"), entry("comment_import_run", "comment"),
            entry("comment_like", "comment"), entry("comment_moderation_log", "comment"),
            entry("comment_preference", "comment"), entry("comment_report", "comment"),
            entry("comment_thread", "comment"), entry("comment_word", "comment"),
            entry("comment_word_change", "comment"), entry("comment_word_lists", "comment"),
            entry("community_guidelines", "comment"), entry("legacy_article", "comment"),
            entry("shared_secret", "database"),
            entry("breaking_banner", "live"), entry("live_blog", "live"), entry("live_channel", "live"), entry("live_entry", "live"),
            entry("live_event", "live"),
            entry("mail_outbox", "mail"),
            entry("photo", "media"),
            entry("member", "member"), entry("member_marketing_consent", "member"), entry("member_role", "member"),
            entry("member_token", "member"),
            entry("newsletter", "newsletter"), entry("newsletter_delivery", "newsletter"),
            entry("newsletter_edition", "newsletter"), entry("newsletter_mail_feedback", "newsletter"),
            entry("newsletter_section", "newsletter"), entry("newsletter_send_rate", "newsletter"),
            entry("newsletter_subscriber", "newsletter"), entry("newsletter_subscription", "newsletter"),
            entry("newsletter_subscription_event", "newsletter"), entry("newsletter_suppression", "newsletter"),
            entry("newsletter_suppression_lift", "newsletter"),
            entry("offer", "offer"), entry("offer_redemption", "offer"),
            entry("rate_limit_window", "ratelimit"),
            entry("saved_article", "readinglist"),
            entry("spring_session", "web"), entry("spring_session_attributes", "web"));

    /**
     * Source file (under news/dateline) → other features' tables it may read, never write. Each is a join kept in
     * one statement for speed; anything else goes through the owning feature's public classes.
     */
    static final Map<String, Set<String>> READ_ONLY_EXCEPTIONS = Map.of(
            // an edition's audience is queued set-based (INSERT … SELECT) for any number of recipients: the consent
            // check and the member's name must be in that statement
            "newsletter/NewsletterAudienceRepository.java", Set.of("member", "member_marketing_consent"),
            // the moderation queues and log show who decided, a page at a time: one join instead of a name lookup
            "comment/moderation/ModerationRepository.java", Set.of("member"),
            // a webhook's event can name a member id that does not exist: "insert … where exists (member)" stores
            // nothing instead of a foreign-key error that would abort the transaction storing the event
            "access/payment/PaidSubscriptionStore.java", Set.of("member"),
            "access/payment/ReceiptStore.java", Set.of("member"));

    private static final Pattern CREATED =
            Pattern.compile("create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern RENAMED = Pattern.compile("alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");
    private static final Pattern DROPPED = Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("\\b(from|join|into|update|delete\\s+from|truncate|references)\\s+(\\w+)");

    @Test
    void everyTableInTheMigrationsHasAnOwner() throws IOException {
        assertThat(OWNERS.keySet()).as("tables the migrations leave; give each new one an owner here")
                .containsExactlyInAnyOrderElementsOf(tablesFromMigrations());
    }

    @Test
    void sqlNamesOnlyItsOwnFeaturesTables() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    continue; // the application class holds no SQL
                }
                String feature = relative.substring(0, relative.indexOf('/'));
                problems.addAll(problems(relative, feature, sql(Files.readString(file))));
            }
        }
        assertThat(problems).as("SQL naming another feature's table: use its public classes instead").isEmpty();
    }

    @Test
    void theCheckFindsAnotherFeaturesTable() {
        // the rule itself: a comment repository writing the member table, or reading it undeclared, is caught
        assertThat(problems("comment/CommentRepository.java", "comment",
                List.of("select c.id from comment c join member m on m.id = c.member_id")))
                .containsExactly("comment/CommentRepository.java reads member, owned by member");
        assertThat(problems("newsletter/NewsletterAudienceRepository.java", "newsletter",
                List.of("update member set display_name = 'x'")))
                .containsExactly("newsletter/NewsletterAudienceRepository.java writes member, owned by member");
    }

    static List<String> problems(String file, String feature, List<String> sql) {
        List<String> problems = new ArrayList<>();
        for (String statement : sql) {
            Matcher m = TABLE_REFERENCE.matcher(statement.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String table = m.group(2);
                String owner = OWNERS.get(table);
                if (owner == null || owner.equals(feature)) {
                    continue;
                }
                boolean write = !m.group(1).equals("from") && !m.group(1).equals("join");
                if (write || !READ_ONLY_EXCEPTIONS.getOrDefault(file, Set.of()).contains(table)) {
                    problems.add(file + (write ? " writes " : " reads ") + table + ", owned by " + owner);
                }
            }
        }
        return problems;
    }

    /** The string literals and text blocks of a Java source file: where its SQL is. */
    private static List<String> sql(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            literals.add(blocks.group(1));
            blocks.appendReplacement(rest, "\"\"");
        }
        blocks.appendTail(rest);
        Matcher strings = STRING.matcher(rest);
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }

    private static Set<String> tablesFromMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted(TableOwnershipTest::byVersion)
                    .toList()) {
                String sql = Files.readString(file).toLowerCase(Locale.ROOT);
                CREATED.matcher(sql).results().forEach(r -> tables.add(r.group(1)));
                RENAMED.matcher(sql).results().forEach(r -> {
                    if (tables.remove(r.group(1))) {
                        tables.add(r.group(2));
                    }
                });
                DROPPED.matcher(sql).results().forEach(r -> tables.remove(r.group(1)));
            }
        }
        return tables;
    }

    private static int byVersion(Path a, Path b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")).replace("_", "").replace(".", ""));
    }
}
