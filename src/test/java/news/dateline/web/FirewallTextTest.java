package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** {@link FirewallText} accepts exactly what Spring Security's expressions accept, and the firewall still refuses. */
class FirewallTextTest {

    // StrictHttpFirewall's own expressions (spring-security-web 7.0)
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheExpressionsJudgeIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            String inText = "Mozilla/5.0 " + alone + " (X11)";
            assertThat(FirewallText.assignedAndNotControl(alone)).as("U+%04X", codePoint)
                    .isEqualTo(NAMES.matcher(alone).matches());
            assertThat(FirewallText.headerValue(inText)).as("U+%04X", codePoint)
                    .isEqualTo(VALUES.matcher(inText).matches());
        }
    }

    @Test
    void loneSurrogatesAndPairsAreJudgedAsTheExpressionsJudgeThem() {
        for (String text : new String[] {"\uD83D", "a\uDE00b", "\uD83D\uDE00", "\uDE00\uD83D", "", "\t", "a\tb"}) {
            assertThat(FirewallText.assignedAndNotControl(text)).as(text).isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallText.headerValue(text)).as(text).isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void theFirewallStillRefusesControlCharactersInHeadersAndParameterNames() {
        StrictHttpFirewall firewall = FirewallText.firewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/world/story/article1");
        request.addHeader("X-Injected", "one\r\nSet-Cookie: two");
        request.addHeader("X-Tabbed", "one\ttwo");
        request.addParameter("bad\u0000name", "x");
        var checked = firewall.getFirewalledRequest(request);
        assertThat(checked.getHeader("X-Tabbed")).isEqualTo("one\ttwo");
        assertThatThrownBy(() -> checked.getHeader("X-Injected"))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> checked.getParameter("bad\u0000name"))
                .isInstanceOf(RequestRejectedException.class);
    }
}
