package news.dateline.member.web;

import news.dateline.member.web.FormRules.DisplayName;
import news.dateline.member.web.FormRules.EmailAddress;
import news.dateline.member.web.FormRules.NewPassword;

/** The forms of the account page, as typed; each checked with Bean Validation before the change is asked for. */
final class AccountForms {

    private AccountForms() {
    }

    /** A new name to show with comments. */
    record NameForm(@DisplayName String displayName) {
    }

    /** A new address, with the password to allow it. */
    record EmailForm(@EmailAddress String newEmail, String password) {
    }

    /** The current password and the new one. */
    record PasswordForm(String currentPassword, @NewPassword String newPassword) {
    }
}
