package news.dateline.access.web;

/** The newsroom's complimentary-subscription form, as typed. */
public record GrantForm(String email, Long planId, String endsOn, String note) {

    static GrantForm empty() {
        return new GrantForm("", null, "", "");
    }
}
