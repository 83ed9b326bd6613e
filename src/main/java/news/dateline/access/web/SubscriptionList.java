package news.dateline.access.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.dateline.access.Subscription;
import news.dateline.access.SubscriptionFilter;
import news.dateline.access.SubscriptionFilter.Standing;

/**
 * One page of the newsroom's subscription list with its filter: the options of each select (value, label, whether
 * chosen) and the links to the pages before and after, which keep the filter.
 */
public record SubscriptionList(List<SubscriptionRow> rows, int page, String previousUrl, String nextUrl,
                               List<Option> standings, List<Option> providers, List<Option> plans,
                               List<Option> offers) {

    static final int PAGE_SIZE = 50;
    static final List<String> SOURCES = List.of(Subscription.COMPLIMENTARY, "STRIPE", "RAZORPAY");

    /** One choice of a filter's select. */
    public record Option(String value, String label, boolean selected) {
    }

    static SubscriptionList of(SubscriptionFilter f, int page, List<SubscriptionRow> matched, Map<Long, String> planNames,
                               List<Long> offerIds) {
        boolean more = matched.size() > PAGE_SIZE;
        List<Option> standings = new ArrayList<>();
        for (Standing s : Standing.values()) {
            standings.add(new Option(s.parameter(), s.parameter().replace('_', ' '), s == f.standing()));
        }
        List<Option> providers = SOURCES.stream().map(s -> new Option(s, s.equals(Subscription.COMPLIMENTARY)
                ? "Complimentary" : s.charAt(0) + s.substring(1).toLowerCase(), s.equals(f.source()))).toList();
        List<Option> plans = planNames.entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue(),
                e.getKey().equals(f.planId()))).toList();
        List<Option> offers = offerIds.stream().map(id -> new Option(id.toString(), "Offer #" + id,
                id.equals(f.offerId()))).toList();
        return new SubscriptionList(more ? matched.subList(0, PAGE_SIZE) : matched, page,
                page > 1 ? url(f, page - 1) : null, more ? url(f, page + 1) : null, standings, providers, plans,
                offers);
    }

    static String url(SubscriptionFilter f, int page) {
        StringBuilder q = new StringBuilder();
        add(q, "status", f.standing() == null ? null : f.standing().parameter());
        add(q, "provider", f.source());
        add(q, "plan", f.planId() == null ? null : f.planId().toString());
        add(q, "offer", f.offerId() == null ? null : f.offerId().toString());
        add(q, "page", page == 1 ? null : Integer.toString(page));
        return "/admin/subscriptions" + (q.isEmpty() ? "" : "?" + q);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
