package news.dateline.offer;

/** A percentage off the plan's price, or a fixed amount off in the plan's currency. */
public enum DiscountKind {
    PERCENT, FIXED
}
