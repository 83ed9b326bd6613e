package news.dateline.newsletter.edition;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.RawMessage;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * Copies through Amazon SES's v2 API (SendEmail), each as the same raw MIME message SMTP would carry (its
 * List-Unsubscribe and delivery-id headers included), so readers get the same mail either way. Refusals: throttling,
 * a daily quota reached, sending paused or the account suspended are retried later; a rejected message (SES found a
 * virus, an unverified sender) fails without suppressing the address, since SES reports bounces afterwards through
 * SNS ({@code newsletter.feedback}); other service errors are retried.
 */
class SesCopyTransport implements CopyTransport {

    private final SesV2Client ses;
    private final CopySender messages;
    private final String configurationSet;

    SesCopyTransport(SesV2Client ses, CopySender messages, String configurationSet) {
        this.ses = ses;
        this.messages = messages;
        this.configurationSet = configurationSet == null || configurationSet.isBlank() ? null : configurationSet;
    }

    @Override
    public void send(EditionContent content, Copy copy, long deliveryId) {
        SendEmailRequest request = SendEmailRequest.builder()
                .destination(Destination.builder().toAddresses(copy.to()).build())
                .content(EmailContent.builder().raw(RawMessage.builder().data(SdkBytes.fromByteArray(messages.mime(content, copy, deliveryId)))
                        .build()).build())
                .configurationSetName(configurationSet)
                .build();
        try {
            ses.sendEmail(request);
        } catch (TooManyRequestsException | LimitExceededException | SendingPausedException
                 | AccountSuspendedException e) {
            throw new CopyRejected(CopyRejected.Verdict.RETRY, "SES: " + message(e));
        } catch (MessageRejectedException e) {
            throw new CopyRejected(CopyRejected.Verdict.FAILED, "SES rejected the message: " + message(e));
        } catch (SesV2Exception e) {
            CopyRejected.Verdict verdict = e.statusCode() >= 500 || e.statusCode() == 429
                    ? CopyRejected.Verdict.RETRY : CopyRejected.Verdict.FAILED;
            throw new CopyRejected(verdict, "SES answered " + e.statusCode() + ": " + message(e));
        } catch (SdkClientException e) {
            throw new CopyRejected(CopyRejected.Verdict.RETRY, "SES not reached: " + e.getMessage());
        }
    }

    private static String message(SesV2Exception e) {
        return e.awsErrorDetails() == null ? e.getMessage()
                : e.awsErrorDetails().errorCode() + " " + e.awsErrorDetails().errorMessage();
    }
}
