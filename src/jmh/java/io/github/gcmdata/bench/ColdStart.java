package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.reference.ReferenceData;
import io.github.gcmdata.validation.GcmValidator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cold start: a fresh JVM reads one dataset file and writes it back to memory, or also validates
 * it, or looks a state up in the bundled reference data, then exits. Timed from outside, per run,
 * with {@code hyperfine} (BENCHMARKS.md has the command).
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Reads and writes the file.
     *
     * @param args  {@code gcm} (GcmJson), {@code plain} (plain Jackson 3), {@code validate} (GcmJson
     *     then GcmValidator), {@code reference} (ReferenceData's first lookup, the file unread) or
     *     {@code none} (the JVM alone), then the file
     */
    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (args[0]) {
            case "gcm":
                GcmJson.standard().write(GcmJson.standard().read(file, Dataset.class), out);
                break;
            case "plain":
                ObjectMapper plain = JsonMapper.builder().build();
                plain.writeValue(out, plain.readValue(file, Dataset.class));
                break;
            case "validate":
                Dataset dataset = GcmJson.standard().read(file, Dataset.class);
                out.writeBytes(GcmValidator.create().validate(dataset).toString().getBytes(StandardCharsets.UTF_8));
                break;
            case "reference":
                out.writeBytes(ReferenceData.stateByCode("CHE").orElseThrow().toString().getBytes(StandardCharsets.UTF_8));
                break;
            case "none":
                break;
            default:
                throw new IllegalArgumentException("expected gcm, plain, validate, reference or none, found " + args[0]);
        }
        if (!args[0].equals("none") && out.size() == 0) {
            throw new IllegalStateException("nothing written");
        }
    }
}
