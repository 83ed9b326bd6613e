package news.dateline.member.web;

import news.dateline.member.web.FormRules.DisplayName;
import news.dateline.member.web.FormRules.EmailAddress;
import news.dateline.member.web.FormRules.NewPassword;

/** The registration form, as typed. {@code marketingConsent} is null when the box was not ticked (not sent). */
public record RegistrationForm(@EmailAddress String email, @DisplayName String displayName,
                               @NewPassword String password, Boolean marketingConsent) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", false);
    }

    public boolean consents() {
        return Boolean.TRUE.equals(marketingConsent);
    }

    public String emailOrEmpty() {
        return email == null ? "" : email;
    }

    public String displayNameOrEmpty() {
        return displayName == null ? "" : displayName;
    }
}
