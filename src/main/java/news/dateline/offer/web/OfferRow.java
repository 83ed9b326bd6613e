package news.dateline.offer.web;

/** One line of the newsroom's offers list. */
public record OfferRow(long id, String name, String code, String plan, String discount, String periods,
                       String earlyStarts, String publicStarts, String ends, String status, long pending,
                       long applied, boolean withdrawable, String editUrl, String withdrawUrl) {
}
