package news.dateline.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * DKIM signing of newsletter copies sent over our own SMTP ({@code dateline.mail.dkim.*}); off unless all three are
 * set. Providers' APIs (SES, SendGrid) sign with their own keys. Publish the public key as a TXT record at
 * {@code <selector>._domainkey.<domain>}.
 *
 * @param domain     the signing domain (d=), normally the From address's domain
 * @param selector   the selector (s=) under which the public key is published
 * @param privateKey the RSA private key, PKCS#8, as PEM or as its base64 body (from the environment, never committed)
 */
@ConfigurationProperties("dateline.mail.dkim")
public record DkimProperties(String domain, String selector, String privateKey) {

    boolean enabled() {
        return domain != null && !domain.isBlank() && selector != null && !selector.isBlank() && privateKey != null
                && !privateKey.isBlank();
    }
}
