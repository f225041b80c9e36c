package io.github.gcmdata.validation.internal;

/** JSON Pointer (RFC 6901) tokens. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Escapes a reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
     *
     * @param token  the unescaped token, not null
     * @return the escaped token, not null
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
