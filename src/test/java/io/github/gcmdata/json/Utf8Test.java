package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Utf8#firstMalformed} against the JDK's UTF-8 decoder set to report errors, the check it
 * replaced for speed: both must name the same first ill-formed byte. And {@link
 * Utf8#firstUnpairedSurrogateEscape}, which must find a lone surrogate escape wherever it stands.
 */
class Utf8Test {

    @ParameterizedTest(name = "{0}: first unpaired surrogate escape at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ``                      | -1
        \\                      | -1
        "\\uD800"              | 1
        \\uDC00                | 0
        \\uD800                | 0
        \\uD800\\u0041          | 0
        \\uD83D\\uDE00          | -1
        \\uD83D\\uDE00\\uDE00    | 12
        \\u00E9\\uD800          | 6
        \\n\\uD800              | 2
        \\uZZ\\uD800            | 4
        \\\\uD800               | -1
        \\\\\\uD800             | 2
        """)
    void findsTheFirstUnpairedSurrogateEscape(String text, int offset) {
        assertThat(Utf8.firstUnpairedSurrogateEscape(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(offset);
    }

    @ParameterizedTest(name = "{0}: first ill-formed byte at {1}")
    @CsvSource({
        "'', -1",
        "41, -1",
        "C3A9, -1",                 // é
        "E282AC, -1",               // €
        "F09F9880, -1",             // an emoji, four bytes
        "F48FBFBF, -1",             // U+10FFFF, the last code point
        "EFBFBF, -1",               // U+FFFF, a noncharacter but well-formed
        "EDA080, 0",                // an encoded surrogate, U+D800
        "41EDBFBF, 1",              // U+DFFF after a letter
        "C0AF, 0",                  // overlong /
        "C1BF, 0",                  // overlong, two bytes
        "E080AF, 0",                // overlong, three bytes
        "F08080AF, 0",              // overlong, four bytes
        "F4908080, 0",              // above U+10FFFF
        "F5808080, 0",              // no lead byte above F4
        "FF, 0",
        "80, 0",                    // a continuation byte alone
        "4180, 1",
        "C3, 0",                    // truncated at the end
        "E282, 0",
        "F09F98, 0",
        "E28241, 0",                // truncated before a letter
        "C3A9C3, 2",
    })
    void findsTheFirstIllFormedByte(String hex, int offset) {
        byte[] input = HexFormat.of().parseHex(hex);

        assertThat(Utf8.firstMalformed(input)).isEqualTo(offset).isEqualTo(jdkFirstMalformed(input));
    }

    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll("mostlyUtf8") byte[] input) {
        assertThat(Utf8.firstMalformed(input)).isEqualTo(jdkFirstMalformed(input));
    }

    /** Well-formed sequences of every length, with the bytes that break them mixed in. */
    @Provide
    Arbitrary<byte[]> mostlyUtf8() {
        Arbitrary<byte[]> wellFormed = Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 0x7F),
                        Arbitraries.integers().between(0x80, 0x7FF),
                        Arbitraries.integers().between(0x800, 0xFFFF).filter(c -> c < 0xD800 || c > 0xDFFF),
                        Arbitraries.integers().between(0x10000, 0x10FFFF))
                .map(codePoint -> new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> edges = Arbitraries.of(List.of(
                new byte[] {(byte) 0xC0}, new byte[] {(byte) 0xC1}, new byte[] {(byte) 0xC2},
                new byte[] {(byte) 0xE0}, new byte[] {(byte) 0xED}, new byte[] {(byte) 0xEF},
                new byte[] {(byte) 0xF0}, new byte[] {(byte) 0xF4}, new byte[] {(byte) 0xF5},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0x8F}, new byte[] {(byte) 0x90},
                new byte[] {(byte) 0x9F}, new byte[] {(byte) 0xA0}, new byte[] {(byte) 0xBF}));
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                        Tuple.of(6, wellFormed), Tuple.of(3, edges),
                        Tuple.of(1, anyBytes))
                .list().ofMaxSize(12)
                .map(Utf8Test::concatenate);
    }

    private static byte[] concatenate(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static int jdkFirstMalformed(byte[] input) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(input);
        CharBuffer out = CharBuffer.allocate(input.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}
