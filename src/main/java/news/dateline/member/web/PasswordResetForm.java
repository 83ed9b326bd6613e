package news.dateline.member.web;

/** A new password chosen with a reset link. */
public record PasswordResetForm(String token, String password) {
}
