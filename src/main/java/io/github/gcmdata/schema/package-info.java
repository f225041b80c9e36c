/**
 * The JSON Schemas (draft 2020-12) of the JSON format, bundled in the jar:
 * {@link io.github.gcmdata.schema.JsonSchemas}.
 *
 * <p>One schema describes a whole dataset, and one each record kind. They are generated from the
 * records at build time, and a test fails the build when the bundled files differ from what the
 * records say, so they cannot drift from the model. They check the shape of the JSON; the rules
 * that need more than a shape (check digits, references between records, the order of dates) are
 * {@code GcmValidator}'s.
 */
package io.github.gcmdata.schema;
