package io.github.gcmdata.internal;

/**
 * JSON Pointer (RFC 6901) reference tokens, as reading ({@code io.github.gcmdata.json}) and
 * validation ({@code io.github.gcmdata.validation}) both write them.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Escapes a reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
     *
     * @param token  the unescaped token, such as a property name or a language tag, not null
     * @return the escaped token, not null
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
