package news.dateline.offer.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.offer.DiscountKind;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferException;
import news.dateline.offer.OfferFormat;
import news.dateline.offer.OfferStatus;
import news.dateline.offer.OfferTerms;
import news.dateline.offer.Offers;
import news.dateline.site.AcceptedDates;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's offers ({@code /admin/offers}, editors and admins): the list with status and redemption counts,
 * a form to create, edit and withdraw, with the Stripe coupon and Razorpay offer each offer is charged as.
 */
@Controller
class OfferAdminController {

    private final Offers offers;
    private final Plans plans;
    private final OfferFormat format;
    private final SiteProperties site;

    OfferAdminController(Offers offers, Plans plans, OfferFormat format, SiteProperties site) {
        this.offers = offers;
        this.plans = plans;
        this.format = format;
        this.site = site;
    }

    @GetMapping("/admin/offers")
    String list(Model model) {
        return page(model, OfferForm.empty(), null, null);
    }

    @PostMapping("/admin/offers")
    String create(@ModelAttribute OfferForm form, Model model, RedirectAttributes redirect) {
        try {
            Offer offer = offers.create(terms(form));
            redirect.addFlashAttribute("notice", "Offer " + offer.code() + " created.");
            return "redirect:/admin/offers";
        } catch (OfferException e) {
            return page(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/admin/offers/{id}")
    String edit(@PathVariable long id, Model model) {
        Offer offer = offers.find(id).orElseThrow(() -> new NotFoundException("offer " + id));
        Plan plan = plans.find(offer.planId()).orElseThrow();
        int digits = Math.max(Currency.getInstance(plan.currency()).getDefaultFractionDigits(), 0);
        return page(model, OfferForm.of(offer, plan.currency(), digits, site.zone()), id, null);
    }

    @PostMapping("/admin/offers/{id}")
    String update(@PathVariable long id, @ModelAttribute OfferForm form, Model model, RedirectAttributes redirect) {
        try {
            Offer offer = offers.update(id, terms(form));
            redirect.addFlashAttribute("notice", "Offer " + offer.code() + " saved.");
            return "redirect:/admin/offers";
        } catch (OfferException e) {
            return page(model, form, id, e.getMessage());
        }
    }

    @PostMapping("/admin/offers/{id}/withdraw")
    String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            offers.withdraw(id);
        } catch (OfferException e) {
            return page(model, OfferForm.empty(), null, e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Offer withdrawn: its code is refused from now on.");
        return "redirect:/admin/offers";
    }

    private OfferTerms terms(OfferForm form) {
        Plan plan = form.planId() == null ? null : plans.find(form.planId()).orElse(null);
        if (plan == null) {
            throw new OfferException("Plan: choose the plan the offer is on.");
        }
        DiscountKind kind = form.discountKind() == null ? DiscountKind.PERCENT : form.discountKind();
        return new OfferTerms(plan.id(), form.name(), kind, discount(form, kind, plan), form.currency(),
                number(form.periods(), "Periods: give the number of billing periods, such as 3."),
                form.code(), instant(form.earlyStartsAt(), "Early-access start"),
                instant(form.publicStartsAt(), "Public start"), instant(form.endsAt(), "End"), form.stripeCouponId(),
                form.razorpayOfferId());
    }

    private static long discount(OfferForm form, DiscountKind kind, Plan plan) {
        String typed = form.discount() == null ? "" : form.discount().strip();
        try {
            if (kind == DiscountKind.PERCENT) {
                return new BigDecimal(typed).longValueExact();
            }
            int digits = Math.max(Currency.getInstance(plan.currency()).getDefaultFractionDigits(), 0);
            return new BigDecimal(typed).movePointRight(digits).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new OfferException(kind == DiscountKind.PERCENT
                    ? "Discount: give a whole percentage, such as 20."
                    : "Discount: give an amount such as 100 or 49.50.");
        }
    }

    private static int number(String typed, String problem) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new OfferException(problem);
        }
    }

    private Instant instant(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw new OfferException(field + ": give a date and time.");
        }
        try {
            return AcceptedDates.parseLocal(typed, site.zone());
        } catch (DateTimeParseException e) {
            throw new OfferException(field + ": give a date and time, such as 2026-12-01T09:00.");
        }
    }

    private String page(Model model, OfferForm form, Long editing, String error) {
        Map<Long, Plan> byId = plans.all().stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        Map<Long, long[]> counts = offers.redemptionCounts();
        Instant now = offers.now();
        List<OfferRow> rows = offers.all().stream().map(o -> row(o, byId.get(o.planId()),
                counts.getOrDefault(o.id(), new long[2]), now)).toList();
        model.addAttribute("title", editing == null ? "Offers" : "Edit offer");
        model.addAttribute("offers", rows);
        model.addAttribute("plans", plans.all());
        model.addAttribute("form", form);
        model.addAttribute("action", editing == null ? "/admin/offers" : "/admin/offers/" + editing);
        model.addAttribute("error", error);
        return "admin/offer/offers";
    }

    private OfferRow row(Offer offer, Plan plan, long[] counts, Instant now) {
        String discount = offer.discountKind() == DiscountKind.PERCENT ? offer.discountValue() + "% off"
                : format.price(plan.priceMinor() - offer.priceAfter(plan.priceMinor()), plan) + " off";
        OfferStatus status = offer.statusAt(now);
        return new OfferRow(offer.id(), offer.name(), offer.code(), plan.name(), discount,
                format.periods(offer.periods(), plan), format.minute(offer.earlyStartsAt()),
                format.minute(offer.publicStartsAt()), format.minute(offer.endsAt()), status.label(), counts[0],
                counts[1], status != OfferStatus.WITHDRAWN && status != OfferStatus.ENDED,
                "/admin/offers/" + offer.id(), "/admin/offers/" + offer.id() + "/withdraw");
    }
}
