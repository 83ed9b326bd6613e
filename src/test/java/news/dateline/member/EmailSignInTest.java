package news.dateline.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;

import news.dateline.ratelimit.RateLimiter.Limit;
import org.junit.jupiter.api.Test;

/** The rules of mailed codes and links that need no database. */
class EmailSignInTest {

    @Test
    void onlySixDigitsAreACodeSpacesAroundThemAllowed() {
        assertThat(EmailSignIn.wellFormed("042917")).isTrue();
        assertThat(EmailSignIn.wellFormed(" 042917 ")).isTrue();
        for (String wrong : new String[] {null, "", "42917", "0429170", "04 2917", "04291a", "٠٤٢٩١٧"}) {
            assertThat(EmailSignIn.wellFormed(wrong)).as("'%s'", wrong).isFalse();
        }
    }

    @Test
    void aCodesHashIsSaltedWithItsMemberSoOneGuessCannotMatchAnotherMembersCode() {
        assertThat(EmailSignIn.codeHash(1, "042917")).isNotEqualTo(EmailSignIn.codeHash(2, "042917"));
        assertThat(EmailSignIn.codeHash(1, " 042917")).isEqualTo(EmailSignIn.codeHash(1, "042917"));
        assertThat(EmailSignIn.codeHash(1, "042917")).doesNotContain("042917");
    }

    @Test
    void eachKindOfLinkLastsAsLongAsItsOwnSetting() {
        MemberProperties properties = new MemberProperties(12, Duration.ofDays(2), Duration.ofMinutes(15), 5,
                Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Limit.parse("10/PT15M"),
                Limit.parse("30/PT15M"), Limit.parse("50/PT15M"), Limit.parse("5/PT1H"), Limit.parse("30/PT1H"),
                Limit.parse("10/PT15M"));
        assertThat(LinkTokens.lifetime(properties, TokenPurpose.VERIFY_EMAIL)).isEqualTo(Duration.ofDays(2));
        assertThat(LinkTokens.lifetime(properties, TokenPurpose.SIGN_IN)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LinkTokens.lifetime(properties, TokenPurpose.RESET_PASSWORD)).isEqualTo(Duration.ofHours(1));
        assertThat(LinkTokens.lifetime(properties, TokenPurpose.CHANGE_EMAIL)).isEqualTo(Duration.ofDays(1));
        assertThat(EnumSet.allOf(TokenPurpose.class)).allSatisfy(purpose ->
                assertThat(LinkTokens.lifetime(properties, purpose)).isPositive());
    }
}
