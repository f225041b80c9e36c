package io.github.gcmdata.internal;

/**
 * The default message template of the library's constraint annotations
 * ({@code io.github.gcmdata.constraints}), a constant because an annotation's default must be one.
 *
 * <p>It is no key of any bundle: it tells the validators of the constraints to give each violation
 * the message of its own code (one constraint reports several codes, such as {@code id.blank} and
 * {@code id.invalid}), so that no annotation names a code. A template that a user gives a
 * constraint replaces it for every violation of that constraint.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class ConstraintMessages {

    /** The default {@code message} of every constraint annotation of the library. */
    public static final String OF_EACH_CODE = "{io.github.gcmdata.constraints.messageOfEachCode}";

    private ConstraintMessages() {
    }
}
