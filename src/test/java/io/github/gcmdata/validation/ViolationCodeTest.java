package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.internal.MessageBundles;
import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue of violation codes, and everything that derives from it. */
class ViolationCodeTest {

    /** Each bundle file on its own: a ResourceBundle would hide a missing key behind English. */
    private static final Map<String, String> BUNDLE_FILES = Map.of(
            "en", "io/github/gcmdata/validation/internal/messages.properties",
            "fr", "io/github/gcmdata/validation/internal/messages_fr.properties",
            "es", "io/github/gcmdata/validation/internal/messages_es.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    @Test
    void theCodesArePublishedAndNeverChange() {
        // Users' programs match on these strings: changing one breaks them.
        assertThat(Arrays.stream(ViolationCode.values()).map(ViolationCode::code)).containsExactly(
                "isbn.checksum", "issn.checksum", "country.unassigned", "country.wrongForm", "country.mismatch",
                "currency.unassigned", "language.unknown", "timezone.notRegion", "url.notWeb", "email.invalid", "telephone.invalid",
                "telephone.mismatch", "text.blank", "text.empty", "id.blank", "id.invalid", "date.endBeforeStart",
                "agenda.dayOutsideEvent", "agenda.itemEndsBeforeStart", "agenda.itemsOverlap",
                "publication.yearInFuture", "event.inPersonWithoutPlace", "count.panellistsExceedParticipants",
                "count.negative", "amount.negative", "number.notPositive", "pages.notPositive", "objective.outOfRange",
                "principle.letterOutOfRange", "toc.tooDeep", "vote.countMismatch", "vote.voterTwice",
                "document.unidentified", "relation.targetKind", "series.unnamed", "participation.duplicate", "contact.empty",
                "agenda.itemTimeMissing", "date.endDateUnknownButGiven", "event.timeWithoutZone",
                "registration.deadlineWithoutZone", "relation.self", "id.duplicate", "reference.unresolved");
    }

    @ParameterizedTest
    @EnumSource(ViolationCode.class)
    void eachConstantIsNamedAfterItsCode(ViolationCode constant) {
        String[] words = constant.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder(words[0]).append('.').append(words[1]);
        for (int i = 2; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        assertThat(constant.code()).isEqualTo(code.toString());
    }

    @ParameterizedTest
    @EnumSource(ViolationCode.class)
    void looksUpEachConstantByItsCode(ViolationCode constant) {
        assertThat(ViolationCode.of(constant.code())).contains(constant);
    }

    @Test
    void findsNoConstantForOtherCodes() {
        assertThat(ViolationCode.of("json.malformed_json")).isEmpty();
        assertThat(ViolationCode.of("ISBN.CHECKSUM")).isEmpty();
        assertThat(ViolationCode.of("ISBN_CHECKSUM")).isEmpty();
        assertThat(ViolationCode.of("")).isEmpty();
        assertThatThrownBy(() -> ViolationCode.of(null)).isInstanceOf(NullPointerException.class);
    }

    /**
     * The one check of the bundles against the catalogue: every constant has a message in English,
     * French and Spanish, no bundle has a key without a constant, and the three messages of a code
     * use the same placeholders.
     */
    @Test
    void everyConstantHasAMessageInEachLanguageWithTheSamePlaceholders() {
        Set<String> keys = Arrays.stream(ViolationCode.values()).map(MessageBundles::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Properties> bundles = BUNDLE_FILES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> properties(entry.getValue())));

        bundles.forEach((language, bundle) -> assertThat(bundle.stringPropertyNames())
                .as("the keys of the %s bundle", language).containsExactlyInAnyOrderElementsOf(keys));
        for (String key : keys) {
            Set<String> english = placeholders(bundles.get("en").getProperty(key));
            for (String language : List.of("fr", "es")) {
                assertThat(bundles.get(language).getProperty(key)).as("%s in %s", key, language).isNotBlank();
                assertThat(placeholders(bundles.get(language).getProperty(key)))
                        .as("the placeholders of %s in %s", key, language).isEqualTo(english);
            }
        }
    }

    @Nested
    class MessageTemplates {

        @ParameterizedTest
        @EnumSource(ViolationCode.class)
        void aTemplateNamesItsCode(ViolationCode constant) {
            assertThat(MessageBundles.template(constant)).isEqualTo("{gcm." + constant.code() + "}");
            assertThat(MessageBundles.codeOf(MessageBundles.template(constant))).contains(constant);
        }

        @Test
        void otherTemplatesNameNoCode() {
            assertThat(MessageBundles.codeOf("{gcm.no.suchCode}")).isEmpty();
            assertThat(MessageBundles.codeOf("{jakarta.validation.constraints.Positive.message}")).isEmpty();
            assertThat(MessageBundles.codeOf("gcm.isbn.checksum")).isEmpty();
            assertThat(MessageBundles.codeOf("{gcm.isbn.checksum")).isEmpty();
            assertThat(MessageBundles.codeOf("gcm.isbn.checksum}")).isEmpty();
            assertThat(MessageBundles.codeOf("")).isEmpty();
        }

        /**
         * Java wants a constant in an annotation, so the Jakarta constraints of the records name the
         * message of a code in a literal ({@code @Positive(message = "{gcm.pages.notPositive}")}):
         * each must be the template of a constant. The library's own constraints name no code.
         */
        @Test
        void everyConstraintOfTheRecordsNamesTheMessageOfAConstantOrNone() {
            List<String> checked = new ArrayList<>();
            for (Class<?> record : recordsOf(Dataset.class)) {
                for (Annotation constraint : record.getAnnotations()) {
                    if (constraint.annotationType().isAnnotationPresent(Constraint.class)) {
                        assertThat(isOwn(constraint.annotationType())).as("%s on %s", constraint, record).isTrue();
                        assertThat(message(constraint)).as("%s on %s", constraint, record).isEmpty();
                        checked.add(record.getSimpleName() + " @" + constraint.annotationType().getSimpleName());
                    }
                }
                for (RecordComponent component : record.getRecordComponents()) {
                    for (Annotation constraint : constraintsOn(component)) {
                        String message = message(constraint);
                        String where = record.getSimpleName() + "." + component.getName() + " @"
                                + constraint.annotationType().getSimpleName();
                        if (isOwn(constraint.annotationType())) {
                            assertThat(message).as(where).isEmpty();
                        } else {
                            assertThat(MessageBundles.codeOf(message)).as(where + " " + message).isPresent();
                        }
                        checked.add(where);
                    }
                }
            }
            assertThat(checked).as("the constraints found").hasSizeGreaterThan(50)
                    .contains("Edition.numberOfPages @Positive", "GuidingPrinciple.letter @Pattern",
                            "Count.value @PositiveOrZero", "EditionIsbn.isbn @CorrectCheckDigit",
                            "GcmObjective.number @ObjectiveNumber", "Event @ChronologicalOrder");
        }

        @Test
        void theLibrarysConstraintsHaveAnEmptyDefaultMessage() throws IOException {
            List<Class<?>> constraints;
            try (Stream<Path> sources = Files.list(Path.of("src/main/java/io/github/gcmdata/constraints"))) {
                constraints = sources.map(path -> path.getFileName().toString())
                        .filter(name -> name.endsWith(".java") && !name.equals("package-info.java"))
                        .map(name -> load("io.github.gcmdata.constraints." + name.substring(0, name.length() - 5)))
                        .collect(Collectors.toList());
            }
            assertThat(constraints).hasSizeGreaterThan(20).allSatisfy(type -> {
                assertThat(type.isAnnotationPresent(Constraint.class)).as("%s is a constraint", type).isTrue();
                assertThat(type.getMethod("message").getDefaultValue()).as("the message of %s", type).isEqualTo("");
            });
        }
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ViolationCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The record types a dataset holds, directly or nested. */
    private static Set<Class<?>> recordsOf(Class<?> root) {
        Set<Class<?>> records = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || !records.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                todo.push(component.getType());
                if (component.getGenericType() instanceof ParameterizedType parameterized) {
                    for (Type argument : parameterized.getActualTypeArguments()) {
                        if (argument instanceof Class<?> element) {
                            todo.push(element);
                        }
                    }
                }
            }
        }
        return records;
    }

    /** The constraints on a component and on the elements of a list component. */
    private static List<Annotation> constraintsOn(RecordComponent component) {
        List<Annotation> constraints = new ArrayList<>();
        List<AnnotatedElement> places = new ArrayList<>(List.of(component, component.getAccessor()));
        AnnotatedType type = component.getAnnotatedType();
        places.add(type);
        if (type instanceof AnnotatedParameterizedType parameterized) {
            places.addAll(Arrays.asList(parameterized.getAnnotatedActualTypeArguments()));
        }
        for (AnnotatedElement place : places) {
            for (Annotation annotation : place.getAnnotations()) {
                if (annotation.annotationType().isAnnotationPresent(Constraint.class) && !constraints.contains(annotation)) {
                    constraints.add(annotation);
                }
            }
        }
        return constraints;
    }

    private static boolean isOwn(Class<? extends Annotation> type) {
        return type.getPackageName().equals("io.github.gcmdata.constraints");
    }

    private static String message(Annotation constraint) {
        try {
            Method message = constraint.annotationType().getMethod("message");
            return Optional.ofNullable(message.invoke(constraint)).map(Object::toString).orElseThrow();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
