package io.github.gcmdata.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The picocli side of {@link Main}: the command tree and its error handling. */
final class Commands {

    /** {@code gcm}: the top command, which only holds subcommands. */
    @Command(name = "gcm",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true,
            description = "Checks GCM JSON (validate), prints the bundled reference data (export) and JSON Schemas (schema),"
                    + " converts records (convert) and compares two datasets (diff)."
                    + " Run 'gcm COMMAND --help' for the options of each.")
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
                .addSubcommand(new ConvertCommand())
                .addSubcommand(new DiffCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler((e, arguments) -> {
                    String command = e.getCommandLine().getCommandSpec().qualifiedName();
                    errWriter.println(command + ": " + oneLine(e.getMessage()) + " (see '" + command + " --help')");
                    return ExitCode.USAGE.code();
                })
                .setExecutionExceptionHandler((e, command, parseResult) -> Main.failure(e, errWriter));
        listExitCodes(commandLine, EnumSet.allOf(ExitCode.class));
        Set<ExitCode> general = EnumSet.complementOf(EnumSet.of(ExitCode.SAME, ExitCode.DIFFERENT));
        listExitCodes(commandLine.getSubcommands().get("validate"), general);
        listExitCodes(commandLine.getSubcommands().get("export"), EnumSet.of(ExitCode.OK, ExitCode.USAGE, ExitCode.INTERNAL));
        listExitCodes(commandLine.getSubcommands().get("schema"), EnumSet.of(ExitCode.OK, ExitCode.USAGE, ExitCode.INTERNAL));
        listExitCodes(commandLine.getSubcommands().get("convert"), general);
        listExitCodes(commandLine.getSubcommands().get("diff"),
                EnumSet.of(ExitCode.SAME, ExitCode.DIFFERENT, ExitCode.USAGE, ExitCode.INTERNAL));
        int exitCode = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    private static void listExitCodes(CommandLine command, Set<ExitCode> codes) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList(codes));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
