package io.github.gcmdata.internal;

/**
 * A dependency of the library is present but too old for it, as when a BOM pins an older
 * {@code jackson-annotations}: the message names the dependency, the version found, the version
 * needed and how to fix the build.
 *
 * <p>It is an {@link IllegalStateException}, as callers expect of a broken set-up; the command line
 * reports it as a usage error instead of a bug.
 */
public final class IncompatibleDependencyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what is too old, what is needed and how to fix it
     */
    public IncompatibleDependencyException(String message) {
        super(message);
    }
}
