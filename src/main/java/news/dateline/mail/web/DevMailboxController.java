package news.dateline.mail.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.mail.MailOutbox;
import news.dateline.mail.StoredMail;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The development mailbox: every mail in the outbox, sent or not, readable with its links. It is how mail is
 * read when no SMTP server is configured. Admins only ({@code /admin/dev/**} in the security configuration).
 */
@Controller
class DevMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final int SHOWN = 200;

    private final MailOutbox outbox;
    private final DateTimeFormatter time;

    DevMailboxController(MailOutbox outbox, SiteProperties site) {
        this.outbox = outbox;
        this.time = DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.ENGLISH).withZone(site.zone());
    }

    @GetMapping("/admin/dev/mailbox")
    String list(Model model) {
        model.addAttribute("title", "Development mailbox");
        model.addAttribute("mails", outbox.latest(SHOWN).stream()
                .map(m -> new MailboxRow("/admin/dev/mailbox/" + m.id(), m.to(), m.subject(),
                        m.status().name().toLowerCase(Locale.ROOT), time.format(m.createdAt())))
                .toList());
        return "admin/mail/mailbox";
    }

    @GetMapping("/admin/dev/mailbox/{id}")
    String show(@PathVariable long id, Model model) {
        StoredMail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("mail " + id));
        model.addAttribute("title", mail.subject());
        model.addAttribute("mail", new MailboxMessage(mail.to(), mail.subject(),
                mail.status().name().toLowerCase(Locale.ROOT), time.format(mail.createdAt()), mail.attempts(),
                mail.lastError(), parts(mail.textBody()),
                mail.htmlBody() != null ? "/admin/dev/mailbox/" + id + "/html" : null));
        return "admin/mail/message";
    }

    /**
     * The HTML part as the recipient's mail program would show it. It is the site's own rendering, but it is
     * served sandboxed (no script, no form, no request to anywhere but images) all the same.
     */
    @GetMapping(value = "/admin/dev/mailbox/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> html(@PathVariable long id) {
        StoredMail mail = outbox.find(id).filter(m -> m.htmlBody() != null)
                .orElseThrow(() -> new NotFoundException("HTML of mail " + id));
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src https: http: data:;"
                        + " style-src 'unsafe-inline'")
                .header("Cache-Control", "no-store")
                .body(mail.htmlBody());
    }

    /** Splits a plain-text body into text and links, so the template can make the links clickable. */
    static List<MailboxMessage.Part> parts(String text) {
        List<MailboxMessage.Part> parts = new ArrayList<>();
        Matcher links = LINK.matcher(text);
        int at = 0;
        while (links.find()) {
            if (links.start() > at) {
                parts.add(new MailboxMessage.Part(text.substring(at, links.start()), null));
            }
            parts.add(new MailboxMessage.Part(links.group(), links.group()));
            at = links.end();
        }
        if (at < text.length()) {
            parts.add(new MailboxMessage.Part(text.substring(at), null));
        }
        return parts;
    }
}
