package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validators of the Jakarta constraints the records use, as the Jakarta specification defines them. */
class StandardValidatorsTest {

    @ParameterizedTest
    @CsvSource({"-2147483648, false", "-1, false", "0, false", "1, true", "2147483647, true"})
    void positiveIntegerIsGreaterThanZero(int value, boolean valid) {
        assertThat(new StandardValidators.PositiveInteger().isValid(value, null)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"-2147483648, false", "-1, false", "0, true", "1, true", "2147483647, true"})
    void positiveOrZeroIntegerIsZeroOrGreater(int value, boolean valid) {
        assertThat(new StandardValidators.PositiveOrZeroInteger().isValid(value, null)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"-9223372036854775808, false", "-1, false", "0, true", "1, true", "9223372036854775807, true"})
    void positiveOrZeroLongIsZeroOrGreater(long value, boolean valid) {
        assertThat(new StandardValidators.PositiveOrZeroLong().isValid(value, null)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"-5, false", "-0.01, false", "-1E-30, false", "0, true", "0.00, true", "0E+3, true", "0.01, true", "5, true"})
    void positiveOrZeroBigDecimalIsZeroOrGreaterAtAnyScale(BigDecimal value, boolean valid) {
        assertThat(new StandardValidators.PositiveOrZeroBigDecimal().isValid(value, null)).isEqualTo(valid);
    }

    @Test
    void nullIsValidForEach() {
        assertThat(new StandardValidators.PositiveInteger().isValid(null, null)).isTrue();
        assertThat(new StandardValidators.PositiveOrZeroInteger().isValid(null, null)).isTrue();
        assertThat(new StandardValidators.PositiveOrZeroLong().isValid(null, null)).isTrue();
        assertThat(new StandardValidators.PositiveOrZeroBigDecimal().isValid(null, null)).isTrue();
        assertThat(pattern("plain").isValid(null, null)).isTrue();
    }

    @Pattern(regexp = "[a-z]+-\\d")
    private static String plain;

    @Pattern(regexp = "iom.office", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.DOTALL})
    private static String flagged;

    private static StandardValidators.PatternOfText pattern(String field) {
        StandardValidators.PatternOfText validator = new StandardValidators.PatternOfText();
        try {
            validator.initialize(StandardValidatorsTest.class.getDeclaredField(field).getAnnotation(Pattern.class));
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
        return validator;
    }

    @Test
    void patternMatchesTheWholeText() {
        assertThat(pattern("plain").isValid("iom-1", null)).isTrue();
        assertThat(pattern("plain").isValid("iom-12", null)).isFalse();
        assertThat(pattern("plain").isValid("x iom-1", null)).isFalse();
        assertThat(pattern("plain").isValid("IOM-1", null)).isFalse();
    }

    @Test
    void patternCompilesTheExpressionWithEveryFlagGiven() {
        assertThat(pattern("flagged").isValid("IOM office", null)).isTrue();
        assertThat(pattern("flagged").isValid("iom\noffice", null)).isTrue();
        assertThat(pattern("flagged").isValid("IOM\nOFFICE", null)).isTrue();
        assertThat(pattern("flagged").isValid("IOM offices", null)).isFalse();
    }
}
