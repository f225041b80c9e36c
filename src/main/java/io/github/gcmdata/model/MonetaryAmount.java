package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.AssignedCurrency;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.internal.Components;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An amount of money in a currency, as a source states it (schema.org {@code MonetaryAmount}):
 * "USD 2.5 million", "Budget Amount (USD) 32000.00".
 *
 * <pre>{@code
 * MonetaryAmount budget = MonetaryAmount.of(new BigDecimal("32000.00"), CurrencyCode.parse("USD"));
 * }</pre>
 *
 * <p>The value is exact: a decimal, never a binary floating-point number, and its scale is kept, so
 * that {@code 32000.00} reads and writes as {@code 32000.00}, not {@code 32000} or {@code 3.2E+4}.
 * In JSON it is a number. Records are compared by value and scale, as {@link BigDecimal#equals}
 * does: {@code 32000.00} and {@code 32000} are different amounts as printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value  the amount, 0 or more, not null
 * @param currency  the ISO 4217 currency, not null
 * @param precision  how exact the amount is, such as about for "about USD 3 million", or null when the source gives it as exact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonetaryAmount(
        @JsonProperty(required = true) @PositiveOrZero(message = "{gcm.amount.negative}") BigDecimal value,
        @JsonProperty(required = true) @AssignedCurrency CurrencyCode currency,
        CountPrecision precision) {

    /**
     * Checks that required components are present.
     *
     * @param value  the amount, 0 or more, not null
     * @param currency  the ISO 4217 currency, not null
     * @param precision  how exact the amount is, such as about for "about USD 3 million", or null when the source gives it as exact
     * @throws NullPointerException if a required component is null
     */
    public MonetaryAmount {
        Components.required(value, "value");
        Components.required(currency, "currency");
    }

    /**
     * Obtains an amount given as exact.
     *
     * @param value  the amount, not null
     * @param currency  the currency, not null
     * @return the amount, not null
     */
    public static MonetaryAmount of(BigDecimal value, CurrencyCode currency) {
        return new MonetaryAmount(value, currency, null);
    }
}
