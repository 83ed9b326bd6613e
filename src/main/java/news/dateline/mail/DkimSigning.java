package news.dateline.mail;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;
import org.springframework.mail.MailParseException;
import org.springframework.stereotype.Component;

/**
 * Signs outgoing messages with DKIM (RSA-SHA256, relaxed/relaxed, the usual headers) through utils-mail-dkim, when
 * {@link DkimProperties} are set; otherwise hands messages back untouched. The signature is computed as the message
 * is written to the connection, so it covers exactly the bytes sent.
 */
@Component
public class DkimSigning {

    private final DkimSigner signer;

    public DkimSigning(DkimProperties properties) {
        this.signer = properties.enabled() ? signer(properties) : null;
    }

    public boolean enabled() {
        return signer != null;
    }

    public MimeMessage sign(MimeMessage message) {
        if (signer == null) {
            return message;
        }
        try {
            return new DkimMessage(message, signer);
        } catch (MessagingException e) {
            throw new MailParseException(e);
        }
    }

    private static DkimSigner signer(DkimProperties properties) {
        try {
            String base64 = properties.privateKey().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            DkimSigner signer = new DkimSigner(properties.domain().strip(), properties.selector().strip(), key);
            signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            signer.setCheckDomainKey(false); // no DNS look-up at start: the key may be published after deploying
            return signer;
        } catch (Exception e) {
            throw new IllegalStateException("dateline.mail.dkim.private-key is not a PKCS#8 RSA private key: "
                    + e.getMessage(), e);
        }
    }
}
