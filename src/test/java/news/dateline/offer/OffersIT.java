package news.dateline.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.site.SiteProperties;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offers through the web and the early-access job, on the real database and GreenMail: the newsroom's form and its
 * errors, who sees an early-access offer, the early-access mail once (twice run, two threads, consent withdrawn),
 * ended and withdrawn codes, redemption applied to a complimentary grant, and one redemption per member.
 * Every offer made here is announced, ended or withdrawn before its test ends, so the background job never mails
 * other tests' members later.
 */
@IntegrationTest
class OffersIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Offers offers;
    @Autowired
    EarlyAccessMailer mailer;
    @Autowired
    Plans plans;
    @Autowired
    Members members;
    @Autowired
    SiteProperties site;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Inbox inbox;

    @Test
    void theNewsroomCreatesAnOfferAndSeesItListedWithStatusAndCounts() {
        Plan plan = plan(29900);
        WebSession editor = admin();
        String code = code();
        Map<String, String> form = form(plan, code, "PERCENT", "20", clock.instant().minus(Duration.ofHours(1)),
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(10)));

        HttpResponse<String> created = editor.post("/admin/offers", form);

        assertThat(created.statusCode()).isEqualTo(302);
        String list = editor.get("/admin/offers").body();
        assertThat(list).contains("Offer " + code + " created.").contains(code).contains("20% off")
                .contains("<td class=\"status\">early access</td>").contains("0 / 0")
                .contains("<a href=\"/admin/offers\">Offers</a>");
        Offer offer = byCode(code);
        try {
            HttpResponse<String> withdrawn = editor.post("/admin/offers/" + offer.id() + "/withdraw");
            assertThat(editor.follow(withdrawn).body()).contains("Offer withdrawn")
                    .contains("<td class=\"status\">withdrawn</td>");
            assertThat(offers.find(offer.id()).orElseThrow().statusAt(clock.instant()))
                    .isEqualTo(OfferStatus.WITHDRAWN);
        } finally {
            withdraw(offer);
        }
    }

    @Test
    void theNewsroomEditsAnOffer() {
        Plan plan = plan(29900);
        WebSession editor = admin();
        String code = code();
        Instant now = clock.instant();
        editor.post("/admin/offers", form(plan, code, "PERCENT", "20", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))));
        Offer offer = byCode(code);

        HttpResponse<String> edited = editor.post("/admin/offers/" + offer.id(), form(plan, code, "FIXED", "100",
                now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))));

        assertThat(edited.statusCode()).isEqualTo(302);
        Offer after = offers.find(offer.id()).orElseThrow();
        assertThat(after.discountKind()).isEqualTo(DiscountKind.FIXED);
        assertThat(after.discountValue()).isEqualTo(10000);
        assertThat(editor.get("/admin/offers/" + offer.id()).body()).contains("value=\"100.00\"");
    }

    @Test
    void theNewsroomLinksAnOfferToAStripeCouponAndARazorpayOffer() {
        Plan plan = plan(29900);
        WebSession editor = editor();
        String code = code();
        Instant now = clock.instant();
        Map<String, String> form = form(plan, code, "PERCENT", "50", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        form.put("stripeCouponId", " LAUNCH-50_a ");
        form.put("razorpayOfferId", "offer_JHD834hjbxzhd38d");

        assertThat(editor.post("/admin/offers", form).statusCode()).isEqualTo(302);

        Offer offer = byCode(code);
        assertThat(offer.stripeCouponId()).isEqualTo("LAUNCH-50_a");
        assertThat(offer.razorpayOfferId()).isEqualTo("offer_JHD834hjbxzhd38d");
        assertThat(editor.get("/admin/offers/" + offer.id()).body()).contains("value=\"LAUNCH-50_a\"")
                .contains("value=\"offer_JHD834hjbxzhd38d\"");

        form.put("stripeCouponId", "");
        assertThat(editor.post("/admin/offers/" + offer.id(), form).statusCode()).isEqualTo(302);
        assertThat(offers.find(offer.id()).orElseThrow().stripeCouponId()).isNull();
        assertThat(offers.find(offer.id()).orElseThrow().razorpayOfferId()).isEqualTo("offer_JHD834hjbxzhd38d");
    }

    @Test
    void aProviderDiscountIdWithSpacesOrPunctuationIsRefusedNamingTheField() {
        Plan plan = plan(29900);
        WebSession editor = editor();
        Instant now = clock.instant();
        Map<String, String> spaced = form(plan, code(), "PERCENT", "10", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        spaced.put("stripeCouponId", "LAUNCH 50");
        assertRefused(editor, spaced, "Stripe coupon: give the coupon's id as Stripe shows it");
        Map<String, String> punctuated = form(plan, code(), "PERCENT", "10", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        punctuated.put("razorpayOfferId", "offer;drop");
        assertRefused(editor, punctuated, "Razorpay offer: give the offer's id as Razorpay shows it");
        assertThat(offers.all()).noneMatch(o -> o.code().equals(spaced.get("code"))
                || o.code().equals(punctuated.get("code")));
    }

    @Test
    void invalidOffersAreRefusedWithAnErrorNamingTheField() {
        Plan plan = plan(29900);
        WebSession editor = admin();
        Instant now = clock.instant();
        Instant early = now.plus(Duration.ofDays(20));
        Instant open = now.plus(Duration.ofDays(21));
        Instant end = now.plus(Duration.ofDays(30));
        String taken = code();
        offers.create(new OfferTerms(plan.id(), "Taken", DiscountKind.PERCENT, 10, null, 1, taken,
                now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))));

        assertRefused(editor, form(plan, code(), "PERCENT", "0", early, open, end),
                "Discount: a percentage must be between 1 and 100.");
        assertRefused(editor, form(plan, code(), "PERCENT", "101", early, open, end),
                "Discount: a percentage must be between 1 and 100.");
        assertRefused(editor, form(plan, code(), "FIXED", "299", early, open, end),
                "Discount: a fixed discount must be more than zero and less than the plan's price.");
        Map<String, String> dollars = form(plan, code(), "FIXED", "10", early, open, end);
        dollars.put("currency", "USD");
        assertRefused(editor, dollars, "Discount: a fixed discount must be in the plan's currency, INR.");
        assertRefused(editor, form(plan, code(), "PERCENT", "10", open.plusSeconds(60), open, end),
                "Early-access start: it must be on or before the public start.");
        assertRefused(editor, form(plan, code(), "PERCENT", "10", early, open, open),
                "End: it must be after the public start.");
        assertRefused(editor, form(plan, "no spaces!", "PERCENT", "10", early, open, end),
                "Code: use 3 to 40 letters, digits or dashes.");
        assertRefused(editor, form(plan, taken.toLowerCase(), "PERCENT", "10", early, open, end),
                "Code: another offer already uses " + taken.toLowerCase());
        Map<String, String> noDate = form(plan, code(), "PERCENT", "10", early, open, end);
        noDate.put("endsAt", "");
        assertRefused(editor, noDate, "End: give a date and time.");
        Map<String, String> noPeriods = form(plan, code(), "PERCENT", "10", early, open, end);
        noPeriods.put("periods", "0");
        assertRefused(editor, noPeriods, "Periods: the discount must last between 1 and 120 billing periods.");
    }

    @Test
    void anEarlyAccessOfferIsShownOnlyToSignedInMembersWithMarketingConsent() {
        Plan plan = plan(29900);
        Offer offer = earlyAccessOffer(plan, 20);
        Member fan = member("Fan", true);
        Member other = member("Other", false);
        try {
            HttpResponse<String> fanPage = data.signedIn(fan).get("/offers/" + offer.code().toLowerCase());
            assertThat(fanPage.statusCode()).isEqualTo(200);
            assertThat(fanPage.body()).contains("Early access").contains("₹299 a month").contains("₹239.20 a month")
                    .contains("3 months").contains("Redeem");
            assertThat(data.signedIn(fan).get("/offers").body()).contains(offer.name());
            assertThat(data.signedIn(fan).get("/account").body()).contains("Your offers")
                    .contains("href=\"/offers/" + offer.code() + "\"").contains("Early access — " + offer.name());

            assertThat(data.anonymous().get("/offers/" + offer.code()).statusCode()).isEqualTo(404);
            WebSession others = data.signedIn(other);
            assertThat(others.get("/offers/" + offer.code()).statusCode()).isEqualTo(404);
            assertThat(others.get("/offers").body()).doesNotContain(offer.name());
            assertThat(others.get("/account").body()).doesNotContain(offer.name());
            assertThat(others.post("/offers/" + offer.code() + "/redeem", Map.of()).body())
                    .contains("This offer is in early access for members who asked to hear about offers");
        } finally {
            withdraw(offer);
        }
    }

    @Test
    void thePublicOfferIsShownToEveryone() {
        Plan plan = plan(29900);
        Instant now = clock.instant();
        Offer offer = offers.create(new OfferTerms(plan.id(), "Public " + code(), DiscountKind.FIXED, 10000, "INR", 2,
                code(), now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5))));
        try {
            HttpResponse<String> page = data.anonymous().get("/offers/" + offer.code());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("₹299 a month").contains("₹199 a month").contains("2 months")
                    .contains("Sign in</a> to redeem").doesNotContain("Early access —");
            assertThat(data.anonymous().get("/offers").body()).contains(offer.name()).contains("Have a code?");
            HttpResponse<String> typed = data.anonymous().get("/offers/code?code=" + offer.code().toLowerCase());
            assertThat(typed.headers().firstValue("Location").orElseThrow())
                    .endsWith("/offers/" + offer.code().toLowerCase());
            assertThat(data.anonymous().get("/offers/code?code=%3Cx%3E").statusCode()).isEqualTo(404);
            assertThat(data.signedIn(member("Reader", false)).get("/account").body()).contains(offer.name());
        } finally {
            withdraw(offer);
        }
    }

    @Test
    void theEarlyAccessMailGoesOnceToEachConsentingMemberEvenWhenTheJobRunsTwice() {
        Member fan = member("Fan", true);
        Member other = member("Other", false);
        Offer offer = earlyAccessOffer(plan(29900), 20);

        mailer.announceDue();
        mailer.announceDue();

        Inbox.Mail mail = inbox.await(fan.email(), "Early access: " + offer.name());
        assertThat(mail.text()).contains("Hello Fan").contains(offer.code()).contains("₹239.20 a month")
                .contains("₹299 a month").contains("3 months");
        assertThat(mail.link("/offers/")).isEqualTo("/offers/" + offer.code());
        assertThat(mail.link("/account")).isEqualTo("/account");
        assertThat(queued(offer, fan)).isEqualTo(1);
        assertThat(queued(offer, other)).isZero();
        assertThat(offers.find(offer.id()).orElseThrow().earlyNotifiedAt()).isNotNull();
        assertThat(inbox.to(fan.email())).filteredOn(m -> m.subject().contains(offer.name())).hasSize(1);
        assertThat(inbox.to(other.email())).isEmpty();
    }

    @Test
    void twoNodesRunningTheJobAtOnceQueueOneMailPerMember() throws Exception {
        Member fan = member("Fan", true);
        Offer offer = earlyAccessOffer(plan(29900), 20);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return mailer.announceDue();
        };

        List<Integer> queued = race(run, start);

        assertThat(queued(offer, fan)).isEqualTo(1);
        assertThat(inbox.await(fan.email(), "Early access: " + offer.name()).text()).contains(offer.code());
        // the job may also find other tests' consenting members: what matters is that no mail was queued twice
        assertThat(jdbc.sql("select count(*) - count(distinct dedupe_key) from mail_outbox where dedupe_key like :k")
                .param("k", "offer-early:" + offer.id() + ":%").query(Long.class).single()).isZero();
    }

    @Test
    void aMemberWhoWithdrewConsentBeforeTheJobGetsNoMail() {
        Member fan = member("Fan", true);
        Member stays = member("Stays", true);
        Plan plan = plan(29900);
        Instant now = clock.instant();
        OfferTerms later = new OfferTerms(plan.id(), "Later " + code(), DiscountKind.PERCENT, 10, null, 1, code(),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9)));
        Offer offer = offers.create(later);

        members.setMarketingConsent(fan.id(), false, Members.CONSENT_ON_ACCOUNT_PAGE);
        offers.update(offer.id(), new OfferTerms(plan.id(), later.name(), later.discountKind(), 10, null, 1,
                later.code(), now.minus(Duration.ofMinutes(1)), later.publicStartsAt(), later.endsAt()));
        mailer.announceDue();

        assertThat(queued(offer, stays)).isEqualTo(1);
        assertThat(queued(offer, fan)).isZero();
        inbox.await(stays.email(), "Early access: " + offer.name());
        assertThat(inbox.to(fan.email())).isEmpty();
    }

    @Test
    void anEndedCodeIsRefusedWithTheDateItEnded() {
        Plan plan = plan(29900);
        Instant now = clock.instant();
        Instant ended = now.minus(Duration.ofDays(1));
        Offer offer = offers.create(new OfferTerms(plan.id(), "Ended " + code(), DiscountKind.PERCENT, 10, null, 1,
                code(), now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(4)), ended));
        String endedOn = "This offer ended on " + OfferFormatTestDates.day(ended, site.zone()) + ".";

        HttpResponse<String> page = data.anonymous().get("/offers/" + offer.code());
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains(endedOn).doesNotContain("Redeem</button>");
        HttpResponse<String> redeem = data.signedIn(member("Late", true)).post("/offers/" + offer.code() + "/redeem", Map.of());
        assertThat(redeem.statusCode()).isEqualTo(410);
        assertThat(redeem.body()).contains(endedOn);
    }

    @Test
    void aWithdrawnOrUnknownCodeIsRefused() {
        Offer offer = earlyAccessOffer(plan(29900), 20);
        withdraw(offer);
        WebSession fan = data.signedIn(member("Fan", true));

        assertThat(fan.get("/offers/" + offer.code()).statusCode()).isEqualTo(404);
        assertThat(fan.post("/offers/" + offer.code() + "/redeem", Map.of()).body())
                .contains("The offer " + offer.code() + " has been withdrawn.");
        assertThat(fan.post("/offers/NO-SUCH-CODE/redeem", Map.of()).body())
                .contains("There is no offer with the code NO-SUCH-CODE.");
        assertThat(fan.get("/offers/NO-SUCH-CODE").statusCode()).isEqualTo(404);
    }

    @Test
    void aRedemptionIsAppliedToTheComplimentarySubscriptionGrantedOnItsPlan() {
        Plan plan = plan(29900);
        Offer offer = earlyAccessOffer(plan, 20);
        try {
            Member fan = member("Fan", true);
            WebSession session = data.signedIn(fan);
            HttpResponse<String> redeemed = session.post("/offers/" + offer.code() + "/redeem", Map.of());
            assertThat(redeemed.statusCode()).isEqualTo(302);
            assertThat(session.follow(redeemed).body()).contains("Offer redeemed")
                    .contains("You have redeemed this offer");
            assertThat(redemption(offer, fan).get("status")).isEqualTo("PENDING");

            WebSession editor = admin();
            HttpResponse<String> granted = editor.post("/admin/subscriptions", Map.of("email", fan.email(),
                    "planId", Long.toString(plan.id()), "endsOn",
                    LocalDate.ofInstant(clock.instant(), site.zone()).plusMonths(3).toString(), "note", ""));
            assertThat(granted.statusCode()).isEqualTo(302);

            Map<String, Object> applied = redemption(offer, fan);
            long subscription = jdbc.sql("select id from subscription where member_id = :m")
                    .param("m", fan.id()).query(Long.class).single();
            assertThat(applied).containsEntry("status", "APPLIED").containsEntry("subscription_id", subscription)
                    .containsEntry("price_before_minor", 29900L).containsEntry("price_after_minor", 23920L)
                    .containsEntry("periods", 3);
            assertThat(editor.get("/admin/offers").body()).contains("0 / 1");
        } finally {
            withdraw(offer);
        }
    }

    @Test
    void anOffersPlanCannotChangeOnceMembersHaveRedeemedItButItsOtherTermsCan() {
        Plan plan = plan(29900);
        Plan other = plan(49900);
        Offer offer = earlyAccessOffer(plan, 20);
        try {
            offers.redeem(member("Fan", true).id(), offer.code());
            offers.redeem(member("Fan", true).id(), offer.code());

            OfferTerms moved = new OfferTerms(other.id(), offer.name(), offer.discountKind(), 20, null, 3,
                    offer.code(), offer.earlyStartsAt(), offer.publicStartsAt(), offer.endsAt());
            assertThatThrownBy(() -> offers.update(offer.id(), moved)).isInstanceOf(OfferException.class)
                    .hasMessage("Plan: 2 members have redeemed this offer for its plan, so the plan cannot change;"
                            + " withdraw it and create a new offer instead.");
            assertThat(offers.update(offer.id(), new OfferTerms(plan.id(), offer.name(), offer.discountKind(), 25,
                    null, 3, offer.code(), offer.earlyStartsAt(), offer.publicStartsAt(), offer.endsAt()))
                    .discountValue()).isEqualTo(25);
            assertThat(jdbc.sql("select plan_id from offer where id = :id").param("id", offer.id())
                    .query(Long.class).single()).isEqualTo(plan.id());
        } finally {
            withdraw(offer);
        }
    }

    @Test
    void aMemberRedeemsAnOfferOnlyOnceEvenFromTwoRequestsAtOnce() throws Exception {
        Offer offer = earlyAccessOffer(plan(29900), 20);
        try {
            Member fan = member("Fan", true);
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> redeem = () -> {
                start.await();
                try {
                    offers.redeem(fan.id(), offer.code());
                    return 1;
                } catch (OfferException e) {
                    assertThat(e.getMessage()).isEqualTo("You have already redeemed the offer " + offer.code() + ".");
                    return 0;
                }
            };

            assertThat(race(redeem, start)).containsExactlyInAnyOrder(0, 1);
            assertThat(data.signedIn(fan).post("/offers/" + offer.code() + "/redeem", Map.of()).body())
                    .contains("You have already redeemed the offer " + offer.code() + ".");
            assertThat(jdbc.sql("select count(*) from offer_redemption where member_id = :m")
                    .param("m", fan.id()).query(Long.class).single()).isEqualTo(1);
        } finally {
            withdraw(offer);
        }
    }

    @Test
    void redemptionsAreInTheMembersDataExportAndPendingOnesGoWhenTheAccountIsPurged() {
        Offer offer = earlyAccessOffer(plan(29900), 20);
        Member fan = member("Fan", true);
        offers.redeem(fan.id(), offer.code());
        withdraw(offer);

        JsonNode export = JsonMapper.builder().build().readTree(data.signedIn(fan).get("/account/export").body());
        assertThat(export.path("other").path("offerRedemptions")).singleElement().satisfies(r -> {
            assertThat(r.path("offerCode").asString()).isEqualTo(offer.code());
            assertThat(r.path("status").asString()).isEqualTo("PENDING");
        });

        assertThat(members.requestDeletion(fan.id(), PASSWORD)).isTrue();
        clock.advance(Duration.ofDays(8));
        members.purgeDeletedAccounts();
        assertThat(offers.redemptionsOf(fan.id())).isEmpty();
    }

    private List<Integer> race(Callable<Integer> task, CountDownLatch start) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> futures = List.of(pool.submit(task), pool.submit(task));
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }

    /**
     * Early access open now, public tomorrow, 3 periods. The background job may announce it meanwhile (to members
     * with consent, once); tests that do not run the job themselves withdraw it at the end.
     */
    private Offer earlyAccessOffer(Plan plan, int percent) {
        Instant now = clock.instant();
        return offers.create(new OfferTerms(plan.id(), "Early " + code(), DiscountKind.PERCENT, percent, null, 3,
                code(), now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(8))));
    }

    private void withdraw(Offer offer) {
        jdbc.sql("update offer set withdrawn_at = coalesce(withdrawn_at, now()) where id = :id")
                .param("id", offer.id()).update();
    }

    private long queued(Offer offer, Member member) {
        return jdbc.sql("select count(*) from mail_outbox where dedupe_key = :k")
                .param("k", "offer-early:" + offer.id() + ":" + member.id()).query(Long.class).single();
    }

    private Map<String, Object> redemption(Offer offer, Member member) {
        return jdbc.sql("select * from offer_redemption where offer_id = :o and member_id = :m")
                .param("o", offer.id()).param("m", member.id()).query().singleRow();
    }

    private Offer byCode(String code) {
        return offers.all().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    private void assertRefused(WebSession editor, Map<String, String> form, String error) {
        HttpResponse<String> response = editor.post("/admin/offers", form);
        assertThat(response.statusCode()).as(response.headers().firstValue("Location").orElse("no redirect"))
                .isEqualTo(200);
        assertThat(response.body()).contains(error);
    }

    private Map<String, String> form(Plan plan, String code, String kind, String discount, Instant early,
                                     Instant open, Instant end) {
        Map<String, String> form = new HashMap<>();
        form.put("name", "Offer " + code);
        form.put("planId", Long.toString(plan.id()));
        form.put("discountKind", kind);
        form.put("discount", discount);
        form.put("currency", "INR");
        form.put("periods", "3");
        form.put("code", code);
        form.put("earlyStartsAt", local(early));
        form.put("publicStartsAt", local(open));
        form.put("endsAt", local(end));
        return form;
    }

    private String local(Instant at) {
        return LocalDateTime.ofInstant(at, site.zone()).withSecond(0).withNano(0).toString();
    }

    /** A plan not offered on the subscribe page, so other tests' pages do not change. */
    private Plan plan(long priceMinor) {
        Plan plan = plans.create(new Plans.NewPlan("Offer plan " + UUID.randomUUID(), priceMinor, "INR",
                BillingInterval.MONTH, ""));
        plans.setActive(plan.id(), false);
        return plan;
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Member member(String name, boolean consent) {
        Member member = data.withRoles(name, Role.MEMBER);
        if (consent) {
            members.setMarketingConsent(member.id(), true, Members.CONSENT_ON_ACCOUNT_PAGE);
        }
        return member;
    }

    /** A newsroom editor of their own: the bootstrap admin's sign-ins are limited, and other tests use them. */
    private WebSession editor() {
        Member editor = data.withRoles("Offers editor", Role.EDITOR);
        WebSession session = data.anonymous();
        session.signIn(editor.email(), "quiet lanterns over the harbour");
        return session;
    }

    private WebSession admin() {
        WebSession session = data.anonymous();
        session.signIn("admin@test.local", "admin kettle marigold for tests");
        return session;
    }

    /** The ended-offer message's date, worked out independently of OfferFormat. */
    static final class OfferFormatTestDates {
        static String day(Instant at, ZoneId zone) {
            return java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)
                    .withZone(zone).format(at);
        }
    }
}
