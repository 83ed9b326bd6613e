package news.dateline.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Formats subscriptions and plans for the pages of this feature. */
@Component
class SubscriptionRows {

    private final Plans plans;
    private final Subscriptions entitlements;
    private final Members members;
    private final Clock clock;
    private final Words words;

    SubscriptionRows(Plans plans, Subscriptions subscriptions, Members members, Clock clock, Words words) {
        this.words = words;
        this.plans = plans;
        this.entitlements = subscriptions;
        this.members = members;
        this.clock = clock;
    }

    List<PlanView> plans(List<Plan> list) {
        return list.stream().map(p -> PlanView.of(p, words)).toList();
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
                    s.source().equals(Subscription.COMPLIMENTARY) ? words.get("subscription.source.complimentary")
                            : s.source(), status,
                    words.date(s.startsAt()),
                    // ends_at is the first instant without the entitlement: show the last day with it
                    s.endsAt() == null ? words.get("subscription.no-end-date") : words.date(s.endsAt().minusNanos(1000)),
                    current, !s.status().isFinal() && (s.endsAt() == null || s.endsAt().isAfter(now))
                            ? "/admin/subscriptions/" + s.id() + "/cancel" : null,
                    withMember ? MemberBillingController.path(s.memberId()) : null);
        }).toList();
    }

    private String status(Subscription s, boolean current, Instant now) {
        String status = switch (s.status()) {
            case CANCELLED -> words.get("subscription.status.cancelled");
            case REFUNDED -> words.get("subscription.status.refunded");
            case INCOMPLETE -> words.get("subscription.status.incomplete");
            case UNPAID -> words.get("subscription.status.unpaid");
            case PAST_DUE -> current ? words.get("subscription.status.past-due-grace")
                    : words.get("subscription.status.past-due");
            case ACTIVE, TRIALING -> {
                String what = s.status() == Subscription.Status.TRIALING ? words.get("subscription.status.trial")
                        : words.get("subscription.status.active");
                if (!current) {
                    yield s.startsAt().isAfter(now) ? words.get("subscription.status.starts-later")
                            : words.get("subscription.status.ended");
                }
                yield s.paid().cancelAtPeriodEnd() && s.paid().currentPeriodEnd() != null
                        ? words.get("subscription.status.ends-on", what, words.date(s.paid().currentPeriodEnd()))
                        : what;
            }
        };
        boolean disputable = switch (s.status()) {
            case UNPAID, PAST_DUE -> true;
            case ACTIVE, TRIALING -> current;
            default -> false;
        };
        return disputable && s.paid().disputedAt() != null ? words.get("subscription.status.disputed", status)
                : status;
    }
}
