package io.github.gcmdata.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Keys that must be unique within one output (citation keys, UIDs of agenda items, IRIs of
 * editions): a key already given gets {@code -2}, {@code -3}, ... in the order asked, so that the
 * same input always gives the same keys.
 *
 * <p>Mutable and not thread-safe: one instance per output. Not part of the API: this package is
 * not exported.
 */
public final class UniqueKeys {

    private final Set<String> given = new HashSet<>();

    /**
     * Returns the key, or the key with the first free suffix.
     *
     * @param key  the key wanted, not null
     * @return a key not returned before by this instance, not null
     */
    public String next(String key) {
        String unique = key;
        for (int n = 2; !given.add(unique); n++) {
            unique = key + "-" + n;
        }
        return unique;
    }
}
