package io.github.gcmdata.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.IncompatibleDependencyException;

/**
 * Checks, before Jackson is first used, that {@code jackson-annotations} is as new as the Jackson 3
 * this library runs on needs.
 *
 * <p>Jackson 3 takes its annotations from the Jackson 2 artifact
 * {@code com.fasterxml.jackson.core:jackson-annotations}, which a user's build may pin to an older
 * version (a BOM, or another dependency declared first). Jackson databind 3.2 refers to annotations
 * added in 2.21 ({@code JsonSerializeAs}) and 2.22 ({@code JsonApplyView}); the records of this
 * library use neither, but Jackson looks them up on every class it introspects, so with an older
 * version the first read ends in a {@link NoClassDefFoundError}, and with 2.21 the first write does.
 * This check turns that into one message that names the fix.
 */
final class JacksonAnnotations {

    /** The oldest jackson-annotations that Jackson databind 3.2 works with: the one its BOM names. */
    static final String MINIMUM_VERSION = "2.22";
    /** The newest annotation that Jackson databind 3.2 refers to, added in {@link #MINIMUM_VERSION}. */
    static final String NEWEST_NEEDED = "com.fasterxml.jackson.annotation.JsonApplyView";

    /** Null when the annotations are new enough; computed once, on first use. */
    private static final String PROBLEM = problem(JsonProperty.class.getClassLoader(), NEWEST_NEEDED, foundVersion());

    private JacksonAnnotations() {
    }

    /**
     * Throws unless jackson-annotations is new enough.
     *
     * @throws IncompatibleDependencyException naming the version found, the version needed and the fix
     */
    static void require() {
        if (PROBLEM != null) {
            throw new IncompatibleDependencyException(PROBLEM);
        }
    }

    /** The message for a jackson-annotations without the annotation named, or null if it has it. */
    static String problem(ClassLoader loader, String neededClass, String foundVersion) {
        try {
            Class.forName(neededClass, false, loader);
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return "jackson-annotations " + foundVersion + " is too old for Jackson 3, which gcm-reference-data"
                    + " uses: it needs " + MINIMUM_VERSION + " or newer (" + neededClass + " is missing). Declare"
                    + " com.fasterxml.jackson.core:jackson-annotations:" + MINIMUM_VERSION + " in your build, or find"
                    + " what pins the older one (a BOM such as jackson-bom 2.x or spring-boot-dependencies, or a"
                    + " dependency declared first): mvn dependency:tree -Dincludes=com.fasterxml.jackson.core";
        }
    }

    /** The version of the jackson-annotations in use, from its module descriptor or its manifest. */
    private static String foundVersion() {
        Module module = JsonProperty.class.getModule();
        String version = module.isNamed() && module.getDescriptor() != null
                ? module.getDescriptor().rawVersion().orElse(null) : null;
        if (version == null) {
            version = JsonProperty.class.getPackage().getImplementationVersion();
        }
        return version == null ? "(version unknown)" : version;
    }
}
