import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client of bench/webhooks.sh: for every member id in a file, two Stripe events of the documented shapes
 * (customer.subscription.created, invoice.paid), each signed as Stripe signs and POSTed twice, in a shuffled order,
 * CONCURRENCY at a time. Prints requests, events, the wall time and the answers. Run: java WebhookBench.java PORT
 * SECRET MEMBERS_FILE PLAN_ID PRICE_ID CONCURRENCY.
 */
public class WebhookBench {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String secret = args[1];
        List<String> members = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        String plan = args[3];
        String price = args[4];
        int concurrency = Integer.parseInt(args[5]);
        long t = System.currentTimeMillis() / 1000;
        List<String> events = new ArrayList<>();
        for (String member : members) {
            String sub = "sub_bench_" + member;
            String meta = "{\"dateline_member_id\": \"" + member + "\", \"dateline_plan\": \"" + plan + "\"}";
            events.add(event("evt_bench_created_" + member, "customer.subscription.created", t, """
                    {"id": "%s", "object": "subscription", "customer": "cus_bench_%s", "status": "active",
                     "cancel_at_period_end": false, "created": %d, "start_date": %d, "metadata": %s,
                     "items": {"object": "list", "data": [{"id": "si_%s", "object": "subscription_item",
                       "current_period_start": %d, "current_period_end": %d,
                       "price": {"id": "%s", "object": "price", "unit_amount": 29900, "currency": "inr"}}]}}"""
                    .formatted(sub, member, t, t, meta, member, t, t + 2_592_000, price)));
            events.add(event("evt_bench_paid_" + member, "invoice.paid", t, """
                    {"id": "in_bench_%s", "object": "invoice", "customer": "cus_bench_%s", "status": "paid",
                     "amount_paid": 29900, "amount_due": 29900, "currency": "inr", "created": %d,
                     "hosted_invoice_url": "https://invoice.stripe.com/i/bench_%s",
                     "parent": {"type": "subscription_details",
                                "subscription_details": {"subscription": "%s", "metadata": %s}},
                     "lines": {"object": "list", "data": [{"id": "il_%s", "object": "line_item",
                               "period": {"start": %d, "end": %d}}]},
                     "payments": {"object": "list", "data": [{"id": "inpay_%s", "object": "invoice_payment",
                                  "payment": {"type": "payment_intent", "payment_intent": "pi_bench_%s"}}]}}"""
                    .formatted(member, member, t, member, sub, meta, member, t, t + 2_592_000, member, member)));
        }
        List<String> deliveries = new ArrayList<>(events);
        deliveries.addAll(events);
        Collections.shuffle(deliveries, new Random(42));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/webhooks/stripe");
        Semaphore slots = new Semaphore(concurrency);
        ConcurrentHashMap<String, AtomicLong> answers = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String body : deliveries) {
                slots.acquire();
                pool.submit(() -> {
                    try {
                        long now = System.currentTimeMillis() / 1000;
                        HttpRequest request = HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/json; charset=utf-8")
                                .header("Stripe-Signature", "t=" + now + ",v1=" + hmac(secret, now + "." + body))
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        String key = response.statusCode() + " " + response.body();
                        answers.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        answers.computeIfAbsent("error " + e.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("requests %d, distinct events %d, in %.2f s: %.0f requests/s, %.0f events/s%n",
                deliveries.size(), events.size(), seconds, deliveries.size() / seconds, events.size() / seconds);
        answers.forEach((k, v) -> System.out.println("answer " + k + ": " + v));
    }

    static String event(String id, String type, long created, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "2025-11-17.clover", "created": %d,
                 "data": {"object": %s}, "livemode": false, "pending_webhooks": 1,
                 "request": {"id": null, "idempotency_key": null}, "type": "%s"}"""
                .formatted(id, created, object, type);
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
