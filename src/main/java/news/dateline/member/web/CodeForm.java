package news.dateline.member.web;

/** An email address, and the 6-digit code mailed to it (empty when only asking for a code). */
public record CodeForm(String email, String code) {
}
