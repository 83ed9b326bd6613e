package news.dateline.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.article.DateLineFormat;
import news.dateline.member.Member;
import news.dateline.member.MemberService;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** Formats subscriptions and plans for the pages of this feature. */
@Component
class SubscriptionRows {

    private final Plans plans;
    private final Subscriptions entitlements;
    private final MemberService members;
    private final Clock clock;
    private final DateLineFormat format;
    private final Locale locale;

    SubscriptionRows(Plans plans, Subscriptions subscriptions, MemberService members, Clock clock,
                     SiteProperties site) {
        this.plans = plans;
        this.entitlements = subscriptions;
        this.members = members;
        this.clock = clock;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.locale = Locale.forLanguageTag(site.locale());
    }

    List<PlanView> plans(List<Plan> list) {
        return list.stream().map(p -> PlanView.of(p, locale)).toList();
    }

    List<SubscriptionRow> rows(List<Subscription> subscriptions, boolean withMember) {
        Map<Long, Plan> byId = plans.all().stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        Instant now = clock.instant();
        return subscriptions.stream().map(s -> {
            boolean current = entitlements.isCurrent(s);
            String status = status(s, current, now);
            String member = withMember ? members.find(s.memberId()).map(Member::email).orElse("#" + s.memberId())
                    : null;
            return new SubscriptionRow(s.id(), member,
                    s.planId() == null ? "—" : byId.containsKey(s.planId()) ? byId.get(s.planId()).name() : "—",
                    s.source().equals(Subscription.COMPLIMENTARY) ? "Complimentary" : s.source(), status,
                    format.date(s.startsAt()),
                    // ends_at is the first instant without the entitlement: show the last day with it
                    s.endsAt() == null ? "no end date" : format.date(s.endsAt().minusNanos(1000)),
                    current, !s.status().isFinal() && (s.endsAt() == null || s.endsAt().isAfter(now))
                            ? "/admin/subscriptions/" + s.id() + "/cancel" : null,
                    withMember ? MemberBillingController.path(s.memberId()) : null);
        }).toList();
    }

    private String status(Subscription s, boolean current, Instant now) {
        String disputed = s.paid().disputedAt() == null ? "" : " (payment disputed)";
        return switch (s.status()) {
            case CANCELLED -> "Cancelled";
            case REFUNDED -> "Refunded";
            case INCOMPLETE -> "Awaiting payment";
            case UNPAID -> "Unpaid" + disputed;
            case PAST_DUE -> (current ? "Past due, in grace period" : "Past due") + disputed;
            case ACTIVE, TRIALING -> {
                String what = s.status() == Subscription.Status.TRIALING ? "Trial" : "Active";
                if (!current) {
                    yield s.startsAt().isAfter(now) ? "Starts later" : "Ended";
                }
                yield (s.paid().cancelAtPeriodEnd() && s.paid().currentPeriodEnd() != null
                        ? what + ", ends on " + format.date(s.paid().currentPeriodEnd()) : what) + disputed;
            }
        };
    }
}
