package io.github.gcmdata.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where a JSON Pointer's value starts in an input, for errors whose parser has lost track.
 *
 * <p>Jackson buffers the properties of a record while it waits for all constructor arguments, so an
 * error found in the buffer has no position in the input. Scanning the input again, only on the
 * error path, recovers it.
 */
final class Locator {

    private Locator() {
    }

    /**
     * Returns the location of the token at the pointer, or null if the input has no such place.
     * The factory is the reader's own, so that the scan keeps the reader's limits.
     */
    static TokenStreamLocation locate(JsonFactory factory, byte[] input, String pointer) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), input)) {
            while (parser.nextToken() != null) {
                if (parser.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation();
                }
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Returns the JSON Pointer of the last token that starts at or before a byte offset, or the
     * empty pointer. The scan stops where the parser does, since the input may be malformed there.
     */
    static String pointerAt(JsonFactory factory, byte[] input, long offset) {
        String pointer = "";
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), input)) {
            while (parser.nextToken() != null && parser.currentTokenLocation().getByteOffset() <= offset) {
                pointer = parser.streamReadContext().pathAsPointer().toString();
            }
        } catch (JacksonException e) {
            // The pointer of the last token read is the best there is.
        }
        return pointer;
    }
}
