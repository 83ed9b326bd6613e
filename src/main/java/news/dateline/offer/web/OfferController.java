package news.dateline.offer.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.access.Plans;
import news.dateline.member.SignedInMember;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferException;
import news.dateline.offer.OfferFormat;
import news.dateline.offer.Offers;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public offer pages: {@code /offers} lists the offers the viewer may use, {@code /offers/{code}} shows one
 * (prices before and after, periods, dates) with a Redeem button for signed-in members. An early-access offer is
 * a 404 to anyone without marketing consent, like an unknown code.
 */
@Controller
class OfferController {

    private final Offers offers;
    private final Plans plans;
    private final OfferFormat format;
    private final Words words;

    OfferController(Offers offers, Plans plans, OfferFormat format, Words words) {
        this.words = words;
        this.offers = offers;
        this.plans = plans;
        this.format = format;
    }

    @GetMapping("/offers")
    String list(@AuthenticationPrincipal SignedInMember member, Model model) {
        List<OfferView> views = offers.visibleTo(member == null ? null : member.memberId()).stream()
                .map(this::view).toList();
        model.addAttribute("meta", PageMeta.unlisted(words.get("offers.title")));
        model.addAttribute("offers", views);
        return "offer/list";
    }

    /** The code typed into the offers page's form: to its page, which says whether it can be used. */
    @GetMapping("/offers/code")
    String typedCode(@RequestParam(defaultValue = "") String code) {
        String clean = code.strip();
        if (!clean.matches("[A-Za-z0-9-]+")) {
            throw new NotFoundException("offer code " + clean);
        }
        return "redirect:/offers/" + clean;
    }

    @GetMapping("/offers/{code}")
    String show(@PathVariable String code, @AuthenticationPrincipal SignedInMember member, Model model,
                HttpServletResponse response) {
        return page(code, member, model, response, null);
    }

    @PostMapping("/offers/{code}/redeem")
    String redeem(@PathVariable String code, @AuthenticationPrincipal SignedInMember member, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (member == null) {
            return "redirect:/signin";
        }
        try {
            offers.redeem(member.memberId(), code);
        } catch (OfferException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(code, member, model, response, e.getMessage());
        }
        redirect.addFlashAttribute("notice", words.get("offer.notice.redeemed"));
        return "redirect:/offers/" + code;
    }

    private String page(String code, SignedInMember member, Model model, HttpServletResponse response,
                        String error) {
        Long memberId = member == null ? null : member.memberId();
        Offer offer = offers.lookUp(code, memberId).orElse(null);
        if (offer == null && error == null) {
            throw new NotFoundException("offer " + code);
        }
        OfferView view = offer == null ? null : view(offer);
        if (view != null && view.ended()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            error = words.get("offer.error.ended", offer.endsAt());
        }
        boolean redeemed = offer != null && memberId != null && offers.redemptionsOf(memberId).stream()
                .anyMatch(r -> r.offerId() == offer.id());
        model.addAttribute("meta", PageMeta.unlisted(offer == null ? words.get("offer.title") : offer.name()));
        model.addAttribute("offer", view);
        model.addAttribute("signedIn", member != null);
        model.addAttribute("redeemed", redeemed);
        model.addAttribute("error", error);
        return "offer/offer";
    }

    private OfferView view(Offer offer) {
        return OfferView.of(offer, plans.find(offer.planId()).orElseThrow(), format, offers.now());
    }
}
