package news.dateline.member.web;

import news.dateline.member.web.FormRules.NewPassword;

/** A new password chosen with a reset link. */
public record PasswordResetForm(String token, @NewPassword String password) {
}
