package news.dateline.member.web;

import news.dateline.member.PasswordPolicy;
import news.dateline.member.Role;

/** The new-account form, as typed. */
public record StaffForm(String email, String displayName, String password, Role role) {

    String problem(PasswordPolicy passwords) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "Give a valid email address.";
        }
        if (displayName == null || displayName.isBlank()) {
            return "Give the person's name.";
        }
        String passwordProblem = passwords.problem(password);
        if (passwordProblem != null) {
            return passwordProblem;
        }
        if (role == null || role == Role.MEMBER) {
            return "Choose a newsroom role.";
        }
        return null;
    }
}
