package io.github.gcmdata.schema;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import io.github.gcmdata.constraints.AssignedCountryCode;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.identifier.Doi;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.PartialDate;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published JSON Schemas from the records, with victools jsonschema-generator: the
 * Jackson annotations give names, required properties and enum constants, the Jakarta Validation
 * and library constraints give bounds and patterns, the javadoc of the sources gives descriptions.
 *
 * <p>It belongs to the build: it runs in tests ({@link SchemaDriftTest}), from the project
 * directory, and its dependencies are test-scoped. To rewrite the bundled files:
 * {@value #REGENERATE_COMMAND}.
 */
final class SchemaGenerator {

    /** The command that rewrites the bundled schemas. */
    static final String REGENERATE_COMMAND =
            "./mvnw -B -q test -Dtest=SchemaDriftTest -Dgcm.schema.regenerate=true";

    /** Where the bundled schemas live in the source tree. */
    static final Path RESOURCE_DIRECTORY = Path.of("src", "main", "resources", "io", "github", "gcmdata", "schema");

    /** The record class of each kind, in the order of {@link JsonSchemas#kinds()}. */
    static final Map<String, Class<?>> ROOTS = roots();

    static final String ISBN = "^(97[89][0-9]{10}|[0-9]{9}[0-9X])$";
    static final String ISSN = "^[0-9]{4}-[0-9]{3}[0-9X]$";
    static final String COUNTRY_CODE = "^([A-Z]{2}|[A-Z]{3}|[0-9]{3})$";
    static final Map<CountryCode.Form, String> COUNTRY_CODE_FORMS = Map.of(
            CountryCode.Form.ALPHA_2, "^[A-Z]{2}$",
            CountryCode.Form.ALPHA_3, "^[A-Z]{3}$",
            CountryCode.Form.NUMERIC, "^[0-9]{3}$");
    static final String CURRENCY_CODE = "^[A-Z]{3}$";
    /** BCP 47 in canonical case: ISO 639 language, optional script, optional region, further subtags. */
    static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{1,8})*$";
    static final String UN_DOCUMENT_SYMBOL = "^[A-Z]+(\\.[0-9]+)?(/[A-Za-z0-9][A-Za-z0-9.()\\-]*)+$";
    static final String DOI = "^10\\.[0-9]{4,9}(\\.[0-9]+)*/\\S+$";
    static final String URL = "^[A-Za-z][A-Za-z0-9+.\\-]*:\\S+$";
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";
    static final String E164 = "^\\+[1-9][0-9]{1,14}$";
    static final String DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    static final String PARTIAL_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    static final String AGENDA_TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    static final String DATE_TIME = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$";
    static final String ID = "^[A-Za-z0-9]([A-Za-z0-9._:-]*[A-Za-z0-9])?$";
    static final int ID_MAX_LENGTH = 128;
    static final int FIRST_OBJECTIVE = 1;
    static final int LAST_OBJECTIVE = 23;

    private final JavadocDescriptions docs;
    private final com.github.victools.jsonschema.generator.SchemaGenerator generator;

    SchemaGenerator() {
        this(Path.of("src", "main", "java"));
    }

    SchemaGenerator(Path sourceRoot) {
        this.docs = new JavadocDescriptions(sourceRoot);
        this.generator = new com.github.victools.jsonschema.generator.SchemaGenerator(config());
    }

    /** Writes every schema to {@link #RESOURCE_DIRECTORY}: {@code java SchemaGenerator} from the project directory. */
    public static void main(String[] args) throws IOException {
        new SchemaGenerator().writeAll(RESOURCE_DIRECTORY);
    }

    /** Generates the schema of every kind: kind to JSON text. */
    Map<String, String> generateAll() {
        Map<String, String> schemas = new LinkedHashMap<>();
        ROOTS.keySet().forEach(kind -> schemas.put(kind, generate(kind)));
        return schemas;
    }

    /** Generates the schema of one kind, as the bundled file holds it: pretty JSON with a final line end. */
    String generate(String kind) {
        Class<?> type = ROOTS.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("No kind " + kind);
        }
        ObjectNode generated = generator.generateSchema(type);
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("$id", JsonSchemas.id(kind));
        schema.put("title", "GCM reference data: " + kind);
        for (Map.Entry<String, JsonNode> property : generated.properties()) {
            if (!property.getKey().equals("$schema") && !property.getKey().equals("$defs")) {
                schema.set(property.getKey(), property.getValue());
            }
        }
        if (generated.has("$defs")) {
            schema.set("$defs", generated.get("$defs"));
        }
        return GcmJson.pretty().write(schema);
    }

    void writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> schema : generateAll().entrySet()) {
            Files.writeString(directory.resolve(schema.getKey() + ".schema.json"), schema.getValue(), StandardCharsets.UTF_8);
        }
    }

    private com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(new JakartaValidationModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS);

        builder.forTypesInGeneral()
                .withCustomDefinitionProvider(this::valueType)
                .withDescriptionResolver(scope -> docs.type(scope.getType().getErasedType()).orElse(null))
                .withPropertySorter(Comparator.comparingInt(SchemaGenerator::componentIndex));

        builder.forFields()
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null
                        : docs.component(field.getDeclaringType().getErasedType(), field.getDeclaredName()).orElse(null))
                .withStringPatternResolver(SchemaGenerator::pattern)
                .withStringMaxLengthResolver(field -> annotation(field, WellFormedId.class) != null ? ID_MAX_LENGTH : null)
                .withNumberInclusiveMinimumResolver(field -> annotation(field, ObjectiveNumber.class) != null
                        ? BigDecimal.valueOf(FIRST_OBJECTIVE) : null)
                .withNumberInclusiveMaximumResolver(field -> annotation(field, ObjectiveNumber.class) != null
                        ? BigDecimal.valueOf(LAST_OBJECTIVE) : null)
                .withInstanceAttributeOverride((node, field, context) -> {
                    NonBlankText text = annotation(field, NonBlankText.class);
                    if (text != null && text.required() && field.getType().getErasedType() == LocalizedText.class) {
                        node.put("minProperties", 1);
                    }
                });
        return builder.build();
    }

    /** The value types that JSON writes as a string or a map: identifiers, dates, times, texts. */
    private CustomDefinition valueType(ResolvedType javaType, SchemaGenerationContext context) {
        Class<?> type = javaType.getErasedType();
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        if (type.isEnum()) {
            node.put("type", "string");
            ArrayNode constants = node.putArray("enum");
            for (Field constant : type.getFields()) {
                if (constant.isEnumConstant()) {
                    JsonProperty name = constant.getAnnotation(JsonProperty.class);
                    if (name == null) {
                        throw new IllegalStateException(type.getName() + "." + constant.getName()
                                + " has no @JsonProperty: the JSON form of every enum constant is declared");
                    }
                    constants.add(name.value());
                }
            }
        } else if (type == LocalizedText.class) {
            node.put("type", "object");
            node.putObject("patternProperties").putObject(LANGUAGE_TAG).put("type", "string");
            node.put("additionalProperties", false);
        } else if (type == LocalDate.class) {
            string(node, DATE).put("format", "date")
                    .put("description", "An ISO 8601 calendar date, such as \"2022-11-30\".");
        } else if (type == LocalTime.class) {
            string(node, AGENDA_TIME)
                    .put("description", "A local time to the minute, in the event's time zone, such as \"09:00\".");
        } else if (type == LocalDateTime.class) {
            string(node, DATE_TIME).put("description",
                    "A local date and time to the minute, in the time zone given beside it, such as \"2019-02-22T18:00\".");
        } else if (type == ZoneId.class) {
            node.put("type", "string")
                    .put("description", "An IANA time-zone identifier, such as \"America/New_York\".");
        } else if (type == PartialDate.class) {
            string(node, PARTIAL_DATE);
        } else if (type == Isbn.class) {
            string(node, ISBN);
        } else if (type == Issn.class) {
            string(node, ISSN);
        } else if (type == CountryCode.class) {
            string(node, COUNTRY_CODE);
        } else if (type == CurrencyCode.class) {
            string(node, CURRENCY_CODE);
        } else if (type == LanguageTag.class) {
            string(node, LANGUAGE_TAG);
        } else if (type == UnDocumentSymbol.class) {
            string(node, UN_DOCUMENT_SYMBOL);
        } else if (type == Doi.class) {
            string(node, DOI);
        } else if (type == Url.class) {
            string(node, URL).put("format", "uri");
        } else if (type == EmailAddress.class) {
            string(node, EMAIL).put("format", "email");
        } else {
            return null;
        }
        return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.AttributeInclusion.YES);
    }

    private static ObjectNode string(ObjectNode node, String pattern) {
        return node.put("type", "string").put("pattern", pattern);
    }

    private static String pattern(MemberScope<?, ?> field) {
        if (annotation(field, WellFormedId.class) != null) {
            return ID;
        }
        Pattern pattern = annotation(field, Pattern.class);
        if (pattern != null) {
            return "^(" + pattern.regexp() + ")$";
        }
        AssignedCountryCode country = annotation(field, AssignedCountryCode.class);
        if (country != null && country.forms().length > 0) {
            return Arrays.stream(country.forms()).map(COUNTRY_CODE_FORMS::get).sorted()
                    .map(form -> form.substring(1, form.length() - 1))
                    .collect(Collectors.joining("|", "^(", ")$"));
        }
        if (field.getDeclaringType().getErasedType() == PhoneNumber.class && field.getDeclaredName().equals("e164")) {
            return E164;
        }
        // PhoneNumberValidator asks the country of a telephone number for an alpha-2 code, libphonenumber's region.
        if (field.getDeclaringType().getErasedType() == PhoneNumber.class && field.getDeclaredName().equals("country")) {
            return COUNTRY_CODE_FORMS.get(CountryCode.Form.ALPHA_2);
        }
        return null;
    }

    /** The annotation on a component, or, for the items of a list component, on its type argument. */
    private static <A extends Annotation> A annotation(MemberScope<?, ?> member, Class<A> type) {
        return member.isFakeContainerItemScope()
                ? member.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type)
                : member.getAnnotationConsideringFieldAndGetterIfSupported(type);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Map<String, Class<?>> roots() {
        Map<String, Class<?>> roots = new LinkedHashMap<>();
        roots.put(JsonSchemas.DATASET, Dataset.class);
        for (RecordKind kind : RecordKind.values()) {
            roots.put(kind.kindName(), kind.type());
        }
        return Collections.unmodifiableMap(roots);
    }
}
