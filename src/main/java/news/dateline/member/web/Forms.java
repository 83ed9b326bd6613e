package news.dateline.member.web;

import news.dateline.site.Words;

/** Checks shared by the account forms; each returns a plain-words problem, or null. */
final class Forms {

    static final int MAX_NAME = 80;

    private Forms() {
    }

    static String emailProblem(Words words, String email) {
        if (email == null || email.length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return words.get("form.error.email");
        }
        return null;
    }

    static String nameProblem(Words words, String name) {
        if (name == null || name.isBlank()) {
            return words.get("form.error.name-missing");
        }
        if (name.strip().length() > MAX_NAME) {
            return words.get("form.error.name-too-long", MAX_NAME);
        }
        return null;
    }
}
