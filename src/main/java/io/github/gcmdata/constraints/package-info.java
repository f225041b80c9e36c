/**
 * Constraint annotations for GCM records, run by Bean Validation (Jakarta Validation 3.1).
 *
 * <p>The annotations sit on the components of the records in {@code io.github.gcmdata.model};
 * their validators are not part of the API: they live in a package of this module that is not
 * exported, and Hibernate Validator finds them through {@link java.util.ServiceLoader}
 * ({@code provides jakarta.validation.ConstraintValidator}), so the annotations name none. Use
 * {@code io.github.gcmdata.validation.GcmValidator}, which reports every problem with a JSON
 * Pointer, a stable code and a localized message; a Hibernate Validator of your own runs the same
 * constraints too.
 *
 * <p>Each annotation is named after what holds of a valid value ({@code @CorrectCheckDigit},
 * {@code @WellFormedId}, {@code @NotInFuture}), documents what it checks and the codes it reports
 * (constants of {@code io.github.gcmdata.validation.ViolationCode}), and treats {@code null} as
 * valid (required components are already enforced by the records' constructors). Its
 * {@code message} is empty by default, which gives each violation the message of its own code: one
 * constraint may report several.
 *
 * <p>Two identifier standards need no constraint: a {@link io.github.gcmdata.identifier.Doi} and a
 * {@link io.github.gcmdata.identifier.UnDocumentSymbol} are checked completely while parsing, since
 * neither standard defines a check digit or a closed list that could be checked without asking
 * their registries.
 */
package io.github.gcmdata.constraints;
