package modulesmoke;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@code ModulePathTest} in a child JVM with the library on the module path: reads each file
 * given, writes it back, and prints the module it ran from.
 */
public final class ModulePathSmoke {

    private ModulePathSmoke() {
    }

    public static void main(String[] files) throws Exception {
        for (String file : files) {
            Dataset dataset = GcmJson.standard().readDataset(Path.of(file));
            if (!GcmJson.pretty().write(dataset).equals(Files.readString(Path.of(file)))) {
                throw new AssertionError("not the same bytes: " + file);
            }
        }
        System.out.println(Dataset.class.getModule().getName());
    }
}
