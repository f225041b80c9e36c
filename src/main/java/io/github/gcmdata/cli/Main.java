package io.github.gcmdata.cli;

import io.github.gcmdata.internal.IncompatibleDependencyException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command-line validator: {@code gcm validate PATH...} checks files and folders of GCM JSON and
 * reports every problem, as text or JSON.
 *
 * <pre>{@code
 * ./mvnw -q compile exec:java -Dexec.args="validate examples"
 * ./mvnw -q compile exec:java -Dexec.args="validate --format json --lang fr data/events.ndjson"
 * }</pre>
 *
 * <p>The exit codes are those of {@link ExitCode}: 0 success, 1 a file is invalid or is not readable
 * JSON, 2 a usage error, a path that cannot be read, or a dependency missing or too old, named with
 * the fix (one line on standard error), 3 an internal error (one line on standard error; a bug). Bad
 * input never ends in a stack trace.
 *
 * <p>Needs picocli ({@code info.picocli:picocli}), an optional dependency of this library. Output
 * is UTF-8.
 */
public final class Main {

    /** Held, so that its level stays: Hibernate Validator logs its version at INFO on first use. */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /**
     * Runs the command line and ends the JVM with its exit code.
     *
     * @param args  the arguments, such as {@code validate examples}
     */
    public static void main(String[] args) {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command line and returns its exit code; never throws, never exits the JVM. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return Commands.execute(args, in, out, err);
        } catch (RuntimeException | LinkageError e) {
            PrintWriter errWriter = new PrintWriter(err, true);
            int exitCode = failure(e, errWriter);
            errWriter.flush();
            return exitCode;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Reports, in one line, what made a command fail, and returns the exit code: a dependency
     * missing or too old is the user's set-up, a usage error that names it and the fix; anything
     * else is a bug.
     */
    static int failure(Throwable e, PrintWriter err) {
        IncompatibleDependencyException tooOld = tooOldDependency(e);
        if (tooOld != null) {
            err.println("gcm: " + oneLine(tooOld.getMessage()));
            return ExitCode.USAGE.code();
        }
        // "Could not initialize class X": a class of ours or of a dependency failed its initializer, a bug.
        if (e instanceof NoClassDefFoundError && e.getMessage() != null && !e.getMessage().startsWith("Could not")) {
            String missing = e.getMessage().replace('/', '.');
            err.println("gcm: " + Dependency.of(missing).missing(missing));
            return ExitCode.USAGE.code();
        }
        err.println(internalError(e));
        return ExitCode.INTERNAL.code();
    }

    private static IncompatibleDependencyException tooOldDependency(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IncompatibleDependencyException incompatible) {
                return incompatible;
            }
        }
        return null;
    }

    static String internalError(Throwable e) {
        return "gcm: internal error, please report it: " + oneLine(String.valueOf(e));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The dependencies whose classes the command line can miss, by the package of the class missing. */
    private enum Dependency {
        PICOCLI("picocli.", "info.picocli:picocli"),
        JACKSON_ANNOTATIONS("com.fasterxml.jackson.annotation.", "com.fasterxml.jackson.core:jackson-annotations"),
        JACKSON("tools.jackson.", "tools.jackson.core:jackson-databind"),
        JAKARTA_VALIDATION("jakarta.validation.", "jakarta.validation:jakarta.validation-api"),
        HIBERNATE_VALIDATOR("org.hibernate.validator.", "org.hibernate.validator:hibernate-validator"),
        LIBPHONENUMBER("com.google.i18n.phonenumbers.", "com.googlecode.libphonenumber:libphonenumber"),
        UNKNOWN("", "");

        private final String packagePrefix;
        private final String artifact;

        Dependency(String packagePrefix, String artifact) {
            this.packagePrefix = packagePrefix;
            this.artifact = artifact;
        }

        static Dependency of(String className) {
            for (Dependency dependency : values()) {
                if (dependency != UNKNOWN && className.startsWith(dependency.packagePrefix)) {
                    return dependency;
                }
            }
            return UNKNOWN;
        }

        String missing(String className) {
            return switch (this) {
                case PICOCLI -> "picocli is missing (no class " + className + "): add " + artifact
                        + ", an optional dependency of gcm-reference-data (on the module path, also --add-modules"
                        + " info.picocli)";
                case JACKSON_ANNOTATIONS -> "no class " + className + ": " + artifact
                        + " is missing or too old (2.22 or newer is needed)";
                case JACKSON, JAKARTA_VALIDATION, HIBERNATE_VALIDATOR, LIBPHONENUMBER -> "no class " + className + ": "
                        + artifact + ", a dependency of gcm-reference-data, is missing or too old";
                case UNKNOWN -> "no class " + className + ": a dependency of gcm-reference-data is missing or too old";
            };
        }
    }
}
