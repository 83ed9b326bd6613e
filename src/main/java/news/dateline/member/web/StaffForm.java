package news.dateline.member.web;

import news.dateline.member.Role;

/** The new-account form, as typed. */
public record StaffForm(String email, String displayName, String password, Role role) {

    String problem() {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "Give a valid email address.";
        }
        if (displayName == null || displayName.isBlank()) {
            return "Give the person's name.";
        }
        if (password == null || password.length() < StaffAdminController.MIN_PASSWORD) {
            return "The password must have at least " + StaffAdminController.MIN_PASSWORD + " characters.";
        }
        if (role == null || role == Role.MEMBER) {
            return "Choose a newsroom role.";
        }
        return null;
    }
}
