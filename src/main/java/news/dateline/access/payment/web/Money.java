package news.dateline.access.payment.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import news.dateline.access.BillingInterval;

/** Amounts as readers read them: "₹299", "₹299 a month". */
final class Money {

    private Money() {
    }

    static String amount(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal amount = BigDecimal.valueOf(minor, digits);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : digits);
        format.setMaximumFractionDigits(whole ? 0 : digits);
        return format.format(amount);
    }

    static String price(long minor, String currency, BillingInterval interval, Locale locale) {
        return amount(minor, currency, locale) + (interval == BillingInterval.YEAR ? " a year" : " a month");
    }
}
