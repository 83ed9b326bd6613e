package news.dateline.newsletter.edition;

import java.io.IOException;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;

/**
 * Copies through SendGrid's v3 Mail Send API, with its official library: the same parts and list headers as over
 * SMTP, and our delivery id as a custom arg, which SendGrid hands back with every event (bounces, spam reports) so
 * the report finds its copy. 202 is accepted; 429 and 5xx are retried later (after the library's own short
 * retries); any other 4xx is a request SendGrid will never take (a malformed address, a sender not verified): it
 * fails without suppressing the address, since SendGrid reports bounces through its event webhook.
 */
class SendGridCopyTransport implements CopyTransport {

    private final SendGrid sendgrid;
    private final CopySender messages;

    SendGridCopyTransport(SendGrid sendgrid, CopySender messages) {
        this.sendgrid = sendgrid;
        this.messages = messages;
    }

    @Override
    public void send(EditionContent content, Copy copy, long deliveryId) {
        Mail mail = new Mail();
        mail.setFrom(new Email(messages.from().getAddress(), content.newsletter().senderName()));
        if (content.newsletter().replyTo() != null && !content.newsletter().replyTo().isBlank()) {
            mail.setReplyTo(new Email(content.newsletter().replyTo()));
        }
        mail.setSubject(copy.subject());
        Personalization to = new Personalization();
        to.addTo(new Email(copy.to()));
        mail.addPersonalization(to);
        mail.addContent(new Content("text/plain", copy.text()));
        mail.addContent(new Content("text/html", copy.html()));
        mail.addHeader("List-Unsubscribe", "<" + copy.oneClickUrl() + ">");
        mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.addHeader("List-Id", "<" + content.newsletter().slug() + ".newsletters.dateline>");
        mail.addHeader("X-Dateline-Delivery-Id", Long.toString(deliveryId));
        mail.addCustomArg("dateline_delivery_id", Long.toString(deliveryId));
        Response response;
        try {
            Request request = new Request();
            request.setMethod(Method.POST);
            request.setEndpoint("mail/send");
            request.setBody(mail.build());
            response = sendgrid.api(request);
        } catch (IOException e) {
            throw new CopyRejected(CopyRejected.Verdict.RETRY, "SendGrid not reached: " + e.getMessage());
        }
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String body = response.getBody() == null ? "" : response.getBody();
        String error = "SendGrid answered " + status + ": " + (body.length() > 500 ? body.substring(0, 500) : body);
        throw new CopyRejected(status == 429 || status >= 500 ? CopyRejected.Verdict.RETRY : CopyRejected.Verdict.FAILED,
                error);
    }
}
