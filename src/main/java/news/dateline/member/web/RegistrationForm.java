package news.dateline.member.web;

import news.dateline.member.PasswordPolicy;
import news.dateline.site.Words;

/** The registration form, as typed. {@code marketingConsent} is null when the box was not ticked (not sent). */
public record RegistrationForm(String email, String displayName, String password, Boolean marketingConsent) {

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

    String problem(PasswordPolicy passwords, Words words) {
        return Forms.first(Forms.emailProblem(words, email), Forms.nameProblem(words, displayName),
                passwords.problem(password));
    }
}
