package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day: {@code 1951}, {@code 2018-11} or
 * {@code 2022-11-30} (ISO 8601 reduced precision).
 *
 * <p>Sources often give only a year ("member since 1991") or a month ("as of October 2023");
 * this type keeps exactly what they give, so that nothing is invented and nothing is lost. Two
 * partial dates compare by the first day they can mean, then by precision.
 *
 * <p>A text that is no date in the calendar, such as {@code 2022-02-30}, cannot be parsed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision {
        /** Only the year, such as {@code 1951}. */
        YEAR,
        /** The year and month, such as {@code 2018-11}. */
        MONTH,
        /** The full date, such as {@code 2022-11-30}. */
        DAY
    }

    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private final LocalDate first;
    private final Precision precision;

    private PartialDate(LocalDate first, Precision precision) {
        this.first = first;
        this.precision = precision;
    }

    /**
     * Obtains a partial date from text such as {@code 1951}, {@code 2018-11} or {@code 2022-11-30}.
     *
     * @param text  the date in ISO 8601 form, four-digit year, not null
     * @return the partial date, not null
     * @throws DateTimeException if the text has another shape or is no date in the calendar
     */
    @JsonCreator
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            throw new DateTimeException("Text '" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(matcher.group(2));
        if (matcher.group(3) == null) {
            return of(YearMonth.of(year, month));
        }
        return of(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))));
    }

    /**
     * Obtains a partial date known to the year.
     *
     * @param year  the year, from 0 to 9999
     * @return the partial date, not null
     * @throws DateTimeException if the year is out of range
     */
    public static PartialDate ofYear(int year) {
        if (year < 0 || year > 9999) {
            throw new DateTimeException("Invalid value for year (valid values 0 - 9999): " + year);
        }
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /**
     * Obtains a partial date known to the month.
     *
     * @param yearMonth  the month, year from 0 to 9999, not null
     * @return the partial date, not null
     * @throws DateTimeException if the year is out of range
     */
    public static PartialDate of(YearMonth yearMonth) {
        ofYear(yearMonth.getYear());
        return new PartialDate(yearMonth.atDay(1), Precision.MONTH);
    }

    /**
     * Obtains a partial date known to the day.
     *
     * @param date  the date, year from 0 to 9999, not null
     * @return the partial date, not null
     * @throws DateTimeException if the year is out of range
     */
    public static PartialDate of(LocalDate date) {
        ofYear(date.getYear());
        return new PartialDate(date, Precision.DAY);
    }

    /**
     * Returns how much of the date is known.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Returns the year.
     *
     * @return the year, not null
     */
    public Year year() {
        return Year.of(first.getYear());
    }

    /**
     * Returns the first day this date can mean: itself, the first of its month or the first of its year.
     *
     * @return the earliest day, not null
     */
    public LocalDate earliestDay() {
        return first;
    }

    /**
     * Returns the last day this date can mean: itself, the last of its month or the last of its year.
     *
     * @return the latest day, not null
     */
    public LocalDate latestDay() {
        return switch (precision) {
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case DAY -> first;
        };
    }

    /**
     * Tells whether this date certainly lies before another: its last possible day is before the
     * other's first. {@code 2018} is not before {@code 2018-11}; {@code 2017} is.
     *
     * @param other  the other date, not null
     * @return true if every day this date can mean is before every day the other can mean
     */
    public boolean isCertainlyBefore(PartialDate other) {
        return latestDay().isBefore(other.earliestDay());
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = first.compareTo(other.first);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && first.equals(date.first) && precision == date.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, precision);
    }

    /**
     * Returns the date in ISO 8601 form at its precision: {@code 1951}, {@code 2018-11} or
     * {@code 2022-11-30}.
     *
     * @return the date as text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        String full = String.format("%04d-%02d-%02d", first.getYear(), first.getMonthValue(), first.getDayOfMonth());
        return switch (precision) {
            case YEAR -> full.substring(0, 4);
            case MONTH -> full.substring(0, 7);
            case DAY -> full;
        };
    }
}
