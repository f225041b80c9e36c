/**
 * GCM reference data: immutable records, identifiers, and lossless JSON.
 *
 * <p>Exported: {@code io.github.gcmdata.model} (the records), {@code io.github.gcmdata.identifier}
 * (identifier value types) and {@code io.github.gcmdata.json} ({@code GcmJson}). Everything else is
 * internal. The record packages are opened to Jackson 3, whose record support reads their fields.
 */
module io.github.gcmdata {
    requires transitive com.fasterxml.jackson.annotation;
    requires tools.jackson.databind;

    exports io.github.gcmdata.model;
    exports io.github.gcmdata.identifier;
    exports io.github.gcmdata.json;

    opens io.github.gcmdata.model to tools.jackson.databind;
    opens io.github.gcmdata.identifier to tools.jackson.databind;
}
