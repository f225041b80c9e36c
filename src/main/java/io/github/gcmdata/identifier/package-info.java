/**
 * Identifiers that a standard defines: {@link io.github.gcmdata.identifier.Isbn},
 * {@link io.github.gcmdata.identifier.Issn}, {@link io.github.gcmdata.identifier.CountryCode},
 * {@link io.github.gcmdata.identifier.LanguageTag},
 * {@link io.github.gcmdata.identifier.UnDocumentSymbol}, {@link io.github.gcmdata.identifier.Doi},
 * {@link io.github.gcmdata.identifier.Url}, {@link io.github.gcmdata.identifier.EmailAddress} and
 * {@link io.github.gcmdata.identifier.PhoneNumber}.
 *
 * <p>Each is an immutable value with a {@code parse} factory that rejects text without the
 * standard's shape by throwing {@link io.github.gcmdata.identifier.IdentifierFormatException}.
 * Parsing stops at shape on purpose: a wrong check digit or an unassigned country code still makes
 * a value, so that validation can report every such problem of a dataset at once.
 */
package io.github.gcmdata.identifier;
