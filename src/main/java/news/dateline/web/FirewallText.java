package news.dateline.web;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall's checks of header names, header values and parameter names, without the regular
 * expressions it checks them with by default. It checks every header a request is asked for, on every request,
 * each time through a new {@code Matcher} over a character class with Unicode properties ({@code
 * [\p{IsAssigned}&&[^\p{IsControl}]]*}, and the same allowing a tab for values): 3–4 % of a reader's page (JFR,
 * bench/RESULTS.md). These accept exactly the same strings, code point by code point, with a quick path for the
 * printable ASCII that nearly every header is; {@code FirewallTextTest} compares them with the expressions over every
 * code point.
 */
final class FirewallText {

    private FirewallText() {
    }

    /** The firewall, strict as by default, with these checks in place of the expressions. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallText::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallText::headerValue);
        firewall.setAllowedParameterNames(FirewallText::assignedAndNotControl);
        return firewall;
    }

    /** As {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: assigned code points, none of them a control character. */
    static boolean assignedAndNotControl(String text) {
        return allowed(text, false);
    }

    /** As {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: the same, and tabs. */
    static boolean headerValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: assigned, no control
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
