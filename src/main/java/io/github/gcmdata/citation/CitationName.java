package io.github.gcmdata.citation;

/**
 * A name as citation formats hold it: a person's family and given names where the data gives both,
 * otherwise the name as one literal, never split (an organisation, a state, a person known by one
 * form of their name).
 *
 * @param literal  the whole name, when it is not split, or null
 * @param family  the family name, or null
 * @param given  the given names, or null
 */
record CitationName(String literal, String family, String given) {

    static CitationName literal(String name) {
        return new CitationName(name, null, null);
    }

    static CitationName person(String family, String given) {
        return new CitationName(null, family, given);
    }

    boolean isLiteral() {
        return literal != null;
    }
}
