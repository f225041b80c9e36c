package modulesmoke;

import io.github.gcmdata.schema.JsonSchemas;

/**
 * Run by {@code JsonSchemasModulePathTest} in a child JVM with the library on the module path: reads
 * every bundled schema through {@link JsonSchemas} and prints each kind with the length of its schema.
 */
public final class SchemaModulePathSmoke {

    private SchemaModulePathSmoke() {
    }

    public static void main(String[] args) {
        for (String kind : JsonSchemas.kinds()) {
            String schema = JsonSchemas.of(kind);
            if (!schema.contains("\"$id\": \"" + JsonSchemas.id(kind) + "\"")) {
                throw new AssertionError("not the schema of " + kind);
            }
            System.out.println(kind + " " + schema.length());
        }
        System.out.println(JsonSchemas.class.getModule().getName());
    }
}
