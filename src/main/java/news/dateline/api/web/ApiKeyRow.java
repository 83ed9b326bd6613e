package news.dateline.api.web;

import java.time.Instant;
import java.util.Map;

import news.dateline.api.ApiKey;

/** A key as the newsroom's list shows it; times are UTC ISO-8601, as partners see them in the API. */
public record ApiKeyRow(long id, String name, String createdBy, String createdAt, String lastUsedAt, boolean revoked,
                        String revokedAt, String revokeUrl) {

    static ApiKeyRow of(ApiKey key, Map<Long, String> staffNames) {
        String creator = key.createdBy() == null ? "(deleted member)"
                : staffNames.getOrDefault(key.createdBy(), "member " + key.createdBy());
        return new ApiKeyRow(key.id(), key.name(), creator, time(key.createdAt()), time(key.lastUsedAt()),
                key.revoked(), time(key.revokedAt()), ApiKeyAdminController.PATH + "/" + key.id() + "/revoke");
    }

    private static String time(Instant instant) {
        return instant == null ? "never" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
