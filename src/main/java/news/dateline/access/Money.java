package news.dateline.access;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import news.dateline.site.Words;

/**
 * An amount in a currency's minor unit shown as readers read it: "₹299", "₹2,499.50", "$4.99"; a price with its
 * billing interval: "₹299 a month" (its words from the bundle, {@code price.per-month}). The one formatting of
 * money for every page and mail.
 */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currencyCode, Locale locale) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            return minor + " " + currencyCode;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal amount = BigDecimal.valueOf(minor, digits);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : digits);
        format.setMaximumFractionDigits(whole ? 0 : digits);
        return format.format(amount);
    }

    public static String price(long minor, String currencyCode, BillingInterval interval, Words words) {
        String amount = format(minor, currencyCode, words.locale());
        return interval == BillingInterval.YEAR ? words.get("price.per-year", amount)
                : words.get("price.per-month", amount);
    }
}
