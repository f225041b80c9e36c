package io.github.gcmdata.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The picocli side of {@link Main}: the command tree and its error handling. */
final class Commands {

    /** {@code gcm}: the top command, which only holds subcommands. */
    @Command(name = "gcm",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            description = "Checks GCM JSON (validate), prints the bundled reference data (export) and JSON Schemas (schema)."
                    + " Run 'gcm COMMAND --help' for the options of each.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every file is valid",
                "1:a file is invalid, or is not readable JSON",
                "2:usage error, a path that cannot be read, or a dependency missing or too old",
                "3:internal error (a bug: please report it)"
            })
    static final class Gcm {
    }

    private Commands() {
    }

    static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine commandLine = new CommandLine(new Gcm())
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new ValidateCommand(in))
                .addSubcommand(new ExportCommand())
                .addSubcommand(new SchemaCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler((e, arguments) -> {
                    String command = e.getCommandLine().getCommandSpec().qualifiedName();
                    errWriter.println(command + ": " + oneLine(e.getMessage()) + " (see '" + command + " --help')");
                    return Main.EXIT_USAGE;
                })
                .setExecutionExceptionHandler((e, command, parseResult) -> Main.failure(e, errWriter));
        int exitCode = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
