package io.github.gcmdata.jsonld;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON-LD context of the library's JSON format: with it, every dataset file is linked data,
 * its properties schema.org's where schema.org has one and the library's own vocabulary
 * ({@value #VOCABULARY}) elsewhere.
 *
 * <pre>{@code
 * String linkedData = JsonLdContext.linkedData(dataset);   // the dataset, the context inline
 * String context = JsonLdContext.text();                   // to publish at JsonLdContext.URL
 * }</pre>
 *
 * <p>Language maps are {@code @language} containers; identifiers are IRIs: each list of the dataset
 * sets the base of its records to the document's base and the record's kind, so that the event
 * {@code idm-2018} of a document read with the base {@code https://data.example.org/gcm/} is
 * {@code https://data.example.org/gcm/event/idm-2018}, the IRI {@link JsonLdWriter} gives it, and
 * every reference ({@code personRef}, {@code organizers}, {@code publisherRefs}, ...) points to the
 * same IRIs. Enum values are IRIs of the library's vocabulary, or of schema.org where it has the
 * term ({@code online} is {@code schema:OnlineEventAttendanceMode}). The dataset's metadata
 * describes the document's root node.
 *
 * <p>What a context cannot do, {@link JsonLdWriter} does: a context adds no {@code @type} (an
 * organiser referred to by {@code {"kind": "organisation"}} gets {@code schema:Organization}, but
 * records get no type), gives no IRI to a record without an identifier (objectives, principles,
 * editions), and cannot express a list of language maps ({@code themes} is kept as a JSON literal).
 * A document is named by its UN symbol, as in the first format: one that has an {@code id} too is
 * {@code schema:sameAs} the IRI of its id, which is what a reference by id ({@code documentRef},
 * {@code {"kind": "document", "id": "gcm"}}) points to; one without a symbol is a blank node that
 * is {@code sameAs} the IRI of its id (the writer gives it that IRI). A grant's recipient and a
 * project's beneficiaries, budget, status and coverage are terms of the library's vocabulary,
 * schema.org having none. Amounts are JSON numbers, so a processor reads one with decimals as an
 * {@code xsd:double}; the exact decimal stays in the JSON.
 * JSON-LD 1.1 processors honour the relative {@code @base} of a property-scoped context; a 1.0
 * processor does not read this context.
 *
 * <p>Static methods only; thread-safe.
 */
public final class JsonLdContext {

    /**
     * The IRI at which the project publishes this context, versioned as the JSON format is: the
     * 0.2 context maps what format 0.2 added and every term of 0.1 as before.
     */
    public static final String URL = "https://gcmdata.github.io/gcm-reference-data/context/0.2/gcm.context.jsonld";
    /** The IRI of the library's own terms, for what schema.org has no term for. */
    public static final String VOCABULARY = "https://gcmdata.github.io/gcm-reference-data/vocab#";

    private static final String RESOURCE = "gcm.context.jsonld";

    private JsonLdContext() {
    }

    /**
     * Returns the context document, as published at {@link #URL}.
     *
     * @return the JSON text of the context document ({@code {"@context": {...}}}), not null
     */
    public static String text() {
        return Holder.TEXT;
    }

    /**
     * Writes a dataset in the library's JSON format with the context inline, as its first property:
     * linked data that any JSON-LD 1.1 processor reads offline.
     *
     * @param dataset  the dataset, not null
     * @return the dataset's JSON, pretty-printed, with an {@code @context}, not null
     */
    public static String linkedData(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        GcmJson json = GcmJson.pretty();
        ObjectNode records = json.read(json.write(dataset), ObjectNode.class);
        ObjectNode document = records.objectNode();
        document.set("@context", json.read(text(), ObjectNode.class).get("@context"));
        document.setAll(records);
        return json.write(document);
    }

    /** Reads the resource once, on first use. */
    private static final class Holder {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
            }
        }
    }
}
