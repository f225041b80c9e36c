package io.github.gcmdata.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
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
 * JSON, 2 a usage error or a path that cannot be read (one line on standard error), 3 an internal
 * error (one line on standard error; a bug). Bad input never ends in a stack trace.
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

    /** Runs the command line with standard input, for {@code -}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs the command line and returns its exit code; never throws, never exits the JVM. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return Commands.execute(args, in, out, err);
        } catch (NoClassDefFoundError e) {
            err.println("gcm: picocli is missing: add info.picocli:picocli, an optional dependency"
                    + " (on the module path, also --add-modules info.picocli)");
            return ExitCode.INTERNAL.code();
        } catch (RuntimeException | LinkageError e) {
            err.println(internalError(e));
            return ExitCode.INTERNAL.code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String internalError(Throwable e) {
        return "gcm: internal error, please report it: " + String.valueOf(e).replaceAll("\\s*\\R\\s*", " ");
    }
}
