package io.github.gcmdata.cli;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.validation.Violation;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Prints the reports of every file: as text for people, or as JSON for programs. */
enum ReportWriter {

    /**
     * Per file, {@code OK} or each violation as {@code path  code  message}, then a summary line.
     */
    TEXT("text") {
        @Override
        void write(List<FileReport> reports, PrintWriter out) {
            int invalid = 0;
            int violations = 0;
            for (FileReport report : reports) {
                if (report.valid()) {
                    out.println(report.file() + ": OK");
                    continue;
                }
                invalid++;
                violations += report.violations().size();
                out.println(report.file() + ": " + count(report.violations().size()));
                for (Violation violation : report.violations()) {
                    String path = violation.jsonPointer().isEmpty() ? "/" : violation.jsonPointer();
                    out.println("  " + path + "  " + violation.code() + "  " + violation.message());
                }
            }
            String files = reports.size() == 1 ? "1 file" : reports.size() + " files";
            out.println(invalid == 0
                    ? "All " + files + " valid."
                    : files + " checked: " + (reports.size() - invalid) + " valid, " + invalid + " invalid, "
                            + count(violations) + ".");
        }
    },

    /**
     * {@code {"valid": bool, "files": [{"file", "valid", "violations": [{"path", "code",
     * "message"}]}]}}, paths as JSON Pointers.
     */
    JSON("json") {
        @Override
        void write(List<FileReport> reports, PrintWriter out) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("valid", reports.stream().allMatch(FileReport::valid));
            ArrayNode files = root.putArray("files");
            for (FileReport report : reports) {
                ObjectNode file = files.addObject();
                file.put("file", report.file());
                file.put("valid", report.valid());
                ArrayNode violations = file.putArray("violations");
                for (Violation violation : report.violations()) {
                    violations.addObject()
                            .put("path", violation.jsonPointer())
                            .put("code", violation.code())
                            .put("message", violation.message());
                }
            }
            out.print(GcmJson.pretty().write(root));
        }
    };

    private final String optionValue;

    ReportWriter(String optionValue) {
        this.optionValue = optionValue;
    }

    abstract void write(List<FileReport> reports, PrintWriter out);

    /** The writer that {@code --format} names: {@code text} or {@code json}. */
    static ReportWriter ofOption(String value) {
        for (ReportWriter writer : values()) {
            if (writer.optionValue.equals(value)) {
                return writer;
            }
        }
        return null;
    }

    private static String count(int n) {
        return n == 1 ? "1 violation" : n + " violations";
    }
}
