package news.dateline.newsletter.edition;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies through SendGrid's v3 Mail Send API, with its official library, many per call: one personalization per
 * copy (the API takes up to 1,000 per request), each with its recipient, its substitutions (greeting and the two
 * signed links, as plain text and as escaped HTML, put where the edition's shared text has placeholders), its own
 * List-Unsubscribe header and our delivery id as a custom arg, which SendGrid hands back with every event (bounces,
 * spam reports) so the report finds its copy.
 * <p>
 * 202 accepts every copy of the call. 429 and 5xx (after the library's own short retries) leave them all for a later
 * retry: SendGrid took none of them. A 400 whose errors name personalizations ({@code personalizations.3.to.0.email})
 * fails those copies and sends the rest again; a 400 naming none, or any other 4xx, is a request SendGrid will never
 * take (a sender not verified): every copy fails, without suppressing an address, since SendGrid reports bounces
 * through its event webhook.
 */
class SendGridCopyTransport implements CopyBatchTransport {

    /** The most personalizations SendGrid takes in one request. */
    static final int MAX_BATCH = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PERSONALIZATION = Pattern.compile("^personalizations\\.(\\d+)\\.");
    // SendGrid replaces these in the content, per personalization; nothing an editor writes looks like them
    private static final String GREETING_TEXT = "%dateline_greeting_text%";
    private static final String MANAGE_TEXT = "%dateline_manage_text%";
    private static final String ONE_CLICK_TEXT = "%dateline_one_click_text%";
    private static final String GREETING_HTML = "%dateline_greeting_html%";
    private static final String MANAGE_HTML = "%dateline_manage_html%";
    private static final String ONE_CLICK_HTML = "%dateline_one_click_html%";

    private final SendGrid sendgrid;
    private final CopySender messages;
    private final CopyRenderer renderer;
    private final int batchSize;

    SendGridCopyTransport(SendGrid sendgrid, CopySender messages, CopyRenderer renderer, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalStateException("dateline.newsletters.providers.sendgrid-batch-size must be 1 to "
                    + MAX_BATCH + " (SendGrid's limit of personalizations per request), not " + batchSize);
        }
        this.sendgrid = sendgrid;
        this.messages = messages;
        this.renderer = renderer;
        this.batchSize = batchSize;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    /** One copy on its own (a call of one): what the worker uses for a single copy, and the test send. */
    @Override
    public void send(EditionContent content, Copy copy, long deliveryId) {
        Mail mail = shared(content, copy.subject(), copy.text(), copy.html());
        mail.addPersonalization(personalization(copy.to(), copy.oneClickUrl(), deliveryId));
        Response response = post(mail);
        if (!accepted(response)) {
            throw new CopyRejected(retriable(response) ? CopyRejected.Verdict.RETRY : CopyRejected.Verdict.FAILED,
                    error(response));
        }
    }

    @Override
    public Map<Long, CopyRejected> sendAll(CopyTemplate template, List<Delivery> copies) {
        Map<Long, CopyRejected> refused = new HashMap<>();
        for (int from = 0; from < copies.size(); from += batchSize) {
            sendOneRequest(template, copies.subList(from, Math.min(copies.size(), from + batchSize)), refused);
        }
        return refused;
    }

    private void sendOneRequest(CopyTemplate template, List<Delivery> copies, Map<Long, CopyRejected> refused) {
        List<Delivery> left = copies;
        while (!left.isEmpty()) {
            Response response;
            try {
                response = post(batch(template, left));
            } catch (CopyRejected e) {
                left.forEach(d -> refused.put(d.id(), e));
                return;
            }
            if (accepted(response)) {
                return;
            }
            CopyRejected rejection = new CopyRejected(retriable(response) ? CopyRejected.Verdict.RETRY
                    : CopyRejected.Verdict.FAILED, error(response));
            Set<Integer> named = response.getStatusCode() == 400 ? namedPersonalizations(response.getBody()) : Set.of();
            List<Delivery> rest = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                if (named.isEmpty() || named.contains(i)) {
                    refused.put(left.get(i).id(), rejection);
                } else {
                    rest.add(left.get(i));
                }
            }
            if (rest.size() == left.size()) { // the errors named only positions the request did not have
                rest.forEach(d -> refused.put(d.id(), rejection));
                return;
            }
            left = rest; // shorter each round: the copies SendGrid named are out
        }
    }

    private Mail batch(CopyTemplate template, List<Delivery> copies) {
        Copy placeholders = renderer.join(template, null, GREETING_TEXT, MANAGE_TEXT, ONE_CLICK_TEXT,
                GREETING_HTML, MANAGE_HTML, ONE_CLICK_HTML, null);
        Mail mail = shared(template.content(), template.subject(), placeholders.text(), placeholders.html());
        for (Delivery d : copies) {
            CopyRenderer.Recipient r = renderer.recipient(template, d.subscriberId(), d.address(), d.name());
            Personalization p = personalization(d.address(), r.oneClickUrl(), d.id());
            p.addSubstitution(GREETING_TEXT, r.greeting());
            p.addSubstitution(MANAGE_TEXT, r.manageUrl());
            p.addSubstitution(ONE_CLICK_TEXT, r.oneClickUrl());
            p.addSubstitution(GREETING_HTML, htmlEscape(r.greeting()));
            p.addSubstitution(MANAGE_HTML, htmlEscape(r.manageUrl()));
            p.addSubstitution(ONE_CLICK_HTML, htmlEscape(r.oneClickUrl()));
            mail.addPersonalization(p);
        }
        return mail;
    }

    // the same parts and list headers as over SMTP
    private Mail shared(EditionContent content, String subject, String text, String html) {
        Mail mail = new Mail();
        mail.setFrom(new Email(messages.from().getAddress(), content.newsletter().senderName()));
        if (content.newsletter().replyTo() != null && !content.newsletter().replyTo().isBlank()) {
            mail.setReplyTo(new Email(content.newsletter().replyTo()));
        }
        mail.setSubject(subject);
        mail.addContent(new Content("text/plain", text));
        mail.addContent(new Content("text/html", html));
        mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.addHeader("List-Id", "<" + content.newsletter().slug() + ".newsletters.dateline>");
        return mail;
    }

    private static Personalization personalization(String to, String oneClickUrl, long deliveryId) {
        Personalization p = new Personalization();
        p.addTo(new Email(to));
        p.addHeader("List-Unsubscribe", "<" + oneClickUrl + ">");
        p.addHeader("X-Dateline-Delivery-Id", Long.toString(deliveryId));
        p.addCustomArg("dateline_delivery_id", Long.toString(deliveryId));
        return p;
    }

    private Response post(Mail mail) {
        try {
            Request request = new Request();
            request.setMethod(Method.POST);
            request.setEndpoint("mail/send");
            request.setBody(mail.build());
            return sendgrid.api(request);
        } catch (IOException e) {
            throw new CopyRejected(CopyRejected.Verdict.RETRY, "SendGrid not reached: " + e.getMessage());
        }
    }

    private static boolean accepted(Response response) {
        return response.getStatusCode() >= 200 && response.getStatusCode() < 300;
    }

    private static boolean retriable(Response response) {
        return response.getStatusCode() == 429 || response.getStatusCode() >= 500;
    }

    private static String error(Response response) {
        String body = response.getBody() == null ? "" : response.getBody();
        return "SendGrid answered " + response.getStatusCode() + ": " + (body.length() > 500 ? body.substring(0, 500) : body);
    }

    // the positions of the personalizations a 400's errors name; none when the body is not SendGrid's error list
    private static Set<Integer> namedPersonalizations(String body) {
        Set<Integer> named = new HashSet<>();
        try {
            JsonNode errors = JSON.readTree(body == null ? "" : body).path("errors");
            for (JsonNode error : errors) {
                Matcher m = PERSONALIZATION.matcher(error.path("field").asString(""));
                if (m.find()) {
                    named.add(Integer.parseInt(m.group(1)));
                }
            }
        } catch (JacksonException | NumberFormatException e) {
            return Set.of();
        }
        return named;
    }
}
