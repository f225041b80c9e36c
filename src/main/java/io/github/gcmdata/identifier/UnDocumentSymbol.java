package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A United Nations document symbol, such as {@code A/RES/73/195} or {@code A/AC.293/2022/L.1}.
 *
 * <p>A symbol is a series of components separated by slashes; the first names the body
 * ({@code A} for the General Assembly, {@code S} for the Security Council, {@code E} for ECOSOC,
 * {@code ST} for the Secretariat). Parsing checks that shape: capital letters first, then at least
 * one more component of letters, digits, dots, hyphens or parentheses, and no spaces.
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol  the symbol, such as {@code A/RES/73/195}, not null
 */
public record UnDocumentSymbol(@JsonValue String symbol) implements Comparable<UnDocumentSymbol> {

    private static final String STANDARD = "UN document symbol";
    private static final Pattern SHAPE =
            Pattern.compile("[A-Z]+(?:\\.[0-9]+)?(?:/[A-Za-z0-9][A-Za-z0-9.()\\-]*)+");

    /**
     * Creates a symbol from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param symbol  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public UnDocumentSymbol {
        symbol = canonical(Objects.requireNonNull(symbol, "symbol"));
    }

    /**
     * Obtains a document symbol from text such as {@code A/RES/73/195}.
     *
     * @param text  the symbol, not null
     * @return the symbol, not null
     * @throws IdentifierFormatException if the text does not have the shape of a UN document symbol
     */
    @JsonCreator
    public static UnDocumentSymbol parse(CharSequence text) {
        return new UnDocumentSymbol(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        if (!SHAPE.matcher(text).matches()) {
            throw new IdentifierFormatException(
                    STANDARD, "expected a body such as A, then slash-separated parts, without spaces", text);
        }
        return text.toString();
    }

    /**
     * Returns the body that issued the document: the first component, such as {@code A}.
     *
     * @return the body's code, not null
     */
    public String body() {
        return symbol.substring(0, symbol.indexOf('/'));
    }

    @Override
    public int compareTo(UnDocumentSymbol other) {
        return symbol.compareTo(other.symbol);
    }

    /**
     * Returns the symbol, as {@link #symbol()}.
     *
     * @return the symbol, not null
     */
    @Override
    public String toString() {
        return symbol;
    }
}
