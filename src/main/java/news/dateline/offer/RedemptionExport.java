package news.dateline.offer;

/** One redemption as a member's data export shows it; prices in the plan currency's minor unit once applied. */
public record RedemptionExport(String offerCode, String status, String redeemedAt, String appliedAt,
                               Long priceBeforeMinor, Long priceAfterMinor, Integer periods) {
}
