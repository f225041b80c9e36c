/**
 * The records of GCM reference data: {@link io.github.gcmdata.model.Dataset} and everything it
 * holds, from {@link io.github.gcmdata.model.Organisation} to
 * {@link io.github.gcmdata.model.GcmObjective}.
 *
 * <p>Every type here is an immutable value: records copy their lists on the way in, never hold a
 * null inside a list, and compare by value. Human-readable text is a
 * {@link io.github.gcmdata.model.LocalizedText}, keyed by BCP 47 language tag. Records refer to
 * each other by identifier ({@code personRef}, {@link io.github.gcmdata.model.AgentRef}) so that a
 * dataset stays a tree in JSON; validation checks that every reference resolves.
 *
 * <p>This package knows the JSON property names through {@code com.fasterxml.jackson.annotation}
 * annotations only, which Jackson 2 and Jackson 3 both read. It does not depend on a JSON library
 * or a validator.
 */
package io.github.gcmdata.model;
