package io.github.gcmdata.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every {@code gcm} command shares: {@code --help} and {@code --version}, options listed in
 * the order they are declared, help as wide as the terminal, and usage errors that name the
 * command. Picocli reads the {@code @Command} attributes of this superclass for each subclass.
 */
@Command(mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true)
abstract class Subcommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** A usage error (exit code 2): the message, and a pointer to {@code --help}. */
    final ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Where the command prints its results. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command prints its errors. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
