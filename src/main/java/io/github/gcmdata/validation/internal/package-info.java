/**
 * The validators of the constraints in {@code io.github.gcmdata.constraints}, and the parts of
 * {@code GcmValidator} that users do not touch: message interpolation, property names and the
 * details each violation carries.
 *
 * <p>Not exported, except to Hibernate Validator, which instantiates the validators. Nothing here
 * is API.
 */
package io.github.gcmdata.validation.internal;
