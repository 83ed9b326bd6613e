package news.dateline.member.web;

/** Checks shared by the account forms; each returns a plain-words problem, or null. */
final class Forms {

    private Forms() {
    }

    static String emailProblem(String email) {
        if (email == null || email.length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "Give a valid email address.";
        }
        return null;
    }

    static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Give the name to show with your comments.";
        }
        if (name.strip().length() > 80) {
            return "The name can have at most 80 characters.";
        }
        return null;
    }

    static String first(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
