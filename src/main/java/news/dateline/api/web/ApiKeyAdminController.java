package news.dateline.api.web;

import java.util.Map;
import java.util.stream.Collectors;

import news.dateline.api.ApiKey;
import news.dateline.api.ApiKeys;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's page of content API keys (admins only, as staff accounts are: a key opens the whole archive,
 * metered text included, to a machine). A new key's secret is shown on the page that made it and never again.
 */
@Controller
class ApiKeyAdminController {

    static final String PATH = "/admin/api-keys";

    private final ApiKeys keys;
    private final Members members;

    ApiKeyAdminController(ApiKeys keys, Members members) {
        this.keys = keys;
        this.members = members;
    }

    @GetMapping(PATH)
    String list(Model model) {
        return page(model, "", null, null);
    }

    /** Answers with the page itself, not a redirect: the secret must not sit in a flash attribute or a URL. */
    @PostMapping(PATH)
    String create(@AuthenticationPrincipal SignedInMember member, @RequestParam(defaultValue = "") String name,
                  Model model) {
        try {
            ApiKey.Issued issued = keys.issue(name, member.memberId());
            return page(model, "", null, issued);
        } catch (IllegalArgumentException e) {
            return page(model, name, e.getMessage(), null);
        }
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", keys.revoke(id) ? "Key revoked: requests with it are refused now."
                : "That key was already revoked.");
        return "redirect:" + PATH;
    }

    private String page(Model model, String name, String error, ApiKey.Issued issued) {
        Map<Long, String> staffNames = members.staff().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        model.addAttribute("title", "API keys");
        model.addAttribute("keys", keys.all().stream().map(k -> ApiKeyRow.of(k, staffNames)).toList());
        model.addAttribute("name", name);
        model.addAttribute("error", error);
        model.addAttribute("issued", issued == null ? null : new IssuedKey(issued.key().name(), issued.secret()));
        return "admin/api/keys";
    }
}
