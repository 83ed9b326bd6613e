package news.dateline.access.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.SubscriptionFilter;
import news.dateline.access.Plans;
import news.dateline.access.Subscriptions;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.SignedInMember;
import news.dateline.site.AcceptedDates;
import news.dateline.site.PageNumber;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's subscriptions page ({@code /admin/subscriptions}, editors and admins): paid and complimentary
 * subscriptions together, filtered and paged ({@link SubscriptionList}); plans to create and withdraw, complimentary
 * subscriptions to grant by email, and cancellations. A member's payments: {@link MemberBillingController}
 * (admins); revenue: {@link RevenueController} (admins).
 */
@Controller
class SubscriptionAdminController {

    private final Plans plans;
    private final Subscriptions subscriptions;
    private final Members members;
    private final SubscriptionRows rows;

    SubscriptionAdminController(Plans plans, Subscriptions subscriptions, Members members,
                                SubscriptionRows rows) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.members = members;
        this.rows = rows;
    }

    /** The list, narrowed by standing ({@code status}), {@code provider}, {@code plan} and {@code offer}; paged. */
    @GetMapping("/admin/subscriptions")
    String page(@RequestParam(required = false) String status, @RequestParam(required = false) String provider,
                @RequestParam(required = false) Long plan, @RequestParam(required = false) Long offer,
                @RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        String source = provider == null ? null : provider.strip().toUpperCase(Locale.ROOT);
        SubscriptionFilter filter = new SubscriptionFilter(SubscriptionFilter.Standing.of(status).orElse(null),
                source != null && SubscriptionList.SOURCES.contains(source) ? source : null, plan, offer);
        return page(model, GrantForm.empty(), PlanForm.empty(), null, filter, page);
    }

    @PostMapping("/admin/subscriptions")
    String grant(@ModelAttribute GrantForm form, @AuthenticationPrincipal SignedInMember staff, Model model,
                 RedirectAttributes redirect) {
        Member member = form.email() == null ? null : members.findByEmail(form.email().strip()).orElse(null);
        if (member == null) {
            return page(model, form, PlanForm.empty(), "No member has the email " + form.email() + ".");
        }
        LocalDate endsOn;
        try {
            endsOn = AcceptedDates.parseDate(form.endsOn() == null ? "" : form.endsOn());
        } catch (DateTimeParseException e) {
            return page(model, form, PlanForm.empty(), "Give the last day of the subscription as a date.");
        }
        try {
            subscriptions.grantComplimentary(new Subscriptions.ComplimentaryGrant(member.id(), form.planId(), endsOn,
                    staff == null ? null : staff.memberId(), form.note() == null || form.note().isBlank() ? null
                    : form.note().strip()));
        } catch (Subscriptions.SubscriptionException e) {
            return page(model, form, PlanForm.empty(), e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Complimentary subscription granted to " + member.email()
                + " until " + endsOn + ".");
        return "redirect:/admin/subscriptions";
    }

    @PostMapping("/admin/subscriptions/{id}/cancel")
    String cancel(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            subscriptions.cancel(id);
        } catch (Subscriptions.SubscriptionException e) {
            return page(model, GrantForm.empty(), PlanForm.empty(), e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Subscription cancelled.");
        return "redirect:/admin/subscriptions";
    }

    @PostMapping("/admin/plans")
    String createPlan(@ModelAttribute PlanForm form, Model model, RedirectAttributes redirect) {
        int digits;
        try {
            digits = java.util.Currency.getInstance(form.currency() == null ? ""
                    : form.currency().strip().toUpperCase()).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return page(model, GrantForm.empty(), form, "Give the currency as a three-letter code, such as INR.");
        }
        long priceMinor;
        try {
            priceMinor = new java.math.BigDecimal(form.price() == null ? "" : form.price().strip())
                    .movePointRight(Math.max(digits, 0)).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return page(model, GrantForm.empty(), form, "Give the price as a number, such as 299 or 2499.00.");
        }
        try {
            plans.create(new Plans.NewPlan(form.name(), priceMinor, form.currency(), form.interval(),
                    form.benefits()));
        } catch (Subscriptions.SubscriptionException e) {
            return page(model, GrantForm.empty(), form, e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Plan " + form.name().strip() + " created.");
        return "redirect:/admin/subscriptions";
    }

    /** Links a plan to the Stripe Price and Razorpay Plan it is sold as (blank: not sold there). */
    @PostMapping("/admin/plans/{id}/prices")
    String setPrices(@PathVariable long id, @ModelAttribute ProviderPricesForm form, Model model,
                     RedirectAttributes redirect) {
        try {
            plans.setProviderPrices(id, form.stripePriceId(), form.razorpayPlanId());
        } catch (Subscriptions.SubscriptionException e) {
            return page(model, GrantForm.empty(), PlanForm.empty(), e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Provider prices saved.");
        return "redirect:/admin/subscriptions";
    }

    @PostMapping("/admin/plans/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        plans.setActive(id, active);
        redirect.addFlashAttribute("notice", active ? "Plan offered again." : "Plan withdrawn from the subscribe page.");
        return "redirect:/admin/subscriptions";
    }

    private String page(Model model, GrantForm grant, PlanForm plan, String error) {
        return page(model, grant, plan, error, SubscriptionFilter.NONE, 1);
    }

    private String page(Model model, GrantForm grant, PlanForm plan, String error, SubscriptionFilter filter,
                        int page) {
        List<Plan> all = plans.all();
        model.addAttribute("title", "Subscriptions");
        model.addAttribute("plans", rows.plans(all));
        Map<Long, String> planNames = new LinkedHashMap<>();
        all.forEach(p -> planNames.put(p.id(), p.name()));
        model.addAttribute("list", SubscriptionList.of(filter, page, rows.rows(subscriptions.search(filter, page,
                SubscriptionList.PAGE_SIZE), true), planNames, subscriptions.offersUsed()));
        model.addAttribute("grant", grant);
        model.addAttribute("plan", plan);
        model.addAttribute("intervals", List.of(BillingInterval.values()));
        model.addAttribute("error", error);
        return "admin/access/subscriptions";
    }
}
