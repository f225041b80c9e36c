/**
 * Validation of GCM records and datasets: {@link io.github.gcmdata.validation.GcmValidator} runs
 * the constraints of {@code io.github.gcmdata.constraints} and the integrity checks of a dataset,
 * and returns a {@link io.github.gcmdata.validation.ValidationReport} of
 * {@link io.github.gcmdata.validation.Violation}s, each with a JSON Pointer, a stable code (a
 * constant of {@link io.github.gcmdata.validation.ViolationCode}) and a message in English, French
 * or Spanish.
 *
 * <p>Validation reports what reading lets through (see {@link io.github.gcmdata.model.Dataset}):
 * values whose shape is right but whose content is wrong.
 */
package io.github.gcmdata.validation;
