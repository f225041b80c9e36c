package io.github.gcmdata.model;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contracts every record of the model, and every value type of the identifier package, keeps:
 * equality by value, lists copied and unmodifiable, null lists empty, null elements and missing
 * required components rejected with a message that names them.
 *
 * <p>The records are listed by hand, and {@link Coverage} fails when the list and the compiled
 * packages disagree, so a new record cannot go untested. Sample values are built from each
 * record's components; a component of a type without a sample fails the tests until one is added.
 */
class RecordContractsTest {

    private static final String MODEL_PACKAGE = "io.github.gcmdata.model";
    private static final String IDENTIFIER_PACKAGE = "io.github.gcmdata.identifier";

    /** Every public record of the model package. */
    static final List<Class<? extends Record>> MODEL_RECORDS = List.of(
            AgendaDay.class, AgendaItem.class, AgentRef.class, ContactPoint.class, Contributor.class, Count.class,
            Dataset.class, DatasetMetadata.class, DatedFigure.class, DocumentReference.class, Edition.class,
            EditionIsbn.class, Event.class, EventSeries.class, EventSeriesEntry.class, GcmObjective.class,
            GuidingPrinciple.class, Identifier.class, Link.class, Membership.class, MonetaryAmount.class,
            MonetaryGrant.class, NewsItem.class, Organisation.class, OrganisationalUnit.class, Participation.class,
            Person.class, Place.class, Position.class, Project.class, Publication.class, PublicationSeries.class,
            PublicationSeriesEntry.class, Quotation.class, RecordRef.class, Registration.class, Relation.class,
            SeriesIssn.class, Source.class,
            Speaker.class, State.class, TableOfContentsEntry.class, UnDocument.class,
            Gap.class, Vote.class, VoteCount.class, VoteEvent.class);

    /** Every public record of the identifier package. */
    private static final List<Class<? extends Record>> IDENTIFIER_RECORDS = List.of(PhoneNumber.class);

    /**
     * Every public value type of the identifier package whose text is its value: checked with samples
     * like the model's value classes, records among them.
     */
    private static final List<Class<?>> IDENTIFIER_CLASSES = List.of(
            CountryCode.class, CurrencyCode.class, Doi.class, EmailAddress.class, Isbn.class, Issn.class, LanguageTag.class,
            UnDocumentSymbol.class, Url.class);

    /** Every public value class, not a record, of the model package. */
    private static final List<Class<?>> MODEL_CLASSES = List.of(LocalizedText.class, PartialDate.class);

    /** The components each record requires, by name; the others may be null. */
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.ofEntries(
            entry(AgendaDay.class, Set.of("date")),
            entry(AgendaItem.class, Set.of("kind")),
            entry(AgentRef.class, Set.of("kind", "id")),
            entry(ContactPoint.class, Set.of()),
            entry(Contributor.class, Set.of("agent", "role")),
            entry(Count.class, Set.of("precision")),
            entry(Dataset.class, Set.of("metadata")),
            entry(DatasetMetadata.class, Set.of("id", "name")),
            entry(DatedFigure.class, Set.of("kind", "asOf")),
            entry(DocumentReference.class, Set.of()),
            entry(Edition.class, Set.of("inLanguage")),
            entry(EditionIsbn.class, Set.of("isbn")),
            entry(Event.class, Set.of("id", "name", "kind", "startDate")),
            entry(EventSeries.class, Set.of("id", "name")),
            entry(EventSeriesEntry.class, Set.of()),
            entry(GcmObjective.class, Set.of("name")),
            entry(GuidingPrinciple.class, Set.of("letter", "name")),
            entry(Identifier.class, Set.of("scheme", "value")),
            entry(Link.class, Set.of("url")),
            entry(Membership.class, Set.of("member", "organisationRef")),
            entry(MonetaryAmount.class, Set.of("value", "currency")),
            entry(MonetaryGrant.class, Set.of("id", "funder")),
            entry(NewsItem.class, Set.of("id", "headline")),
            entry(Organisation.class, Set.of("id", "name", "kind")),
            entry(OrganisationalUnit.class, Set.of("id", "name")),
            entry(Participation.class, Set.of("agent", "role")),
            entry(Person.class, Set.of("id", "name")),
            entry(Place.class, Set.of()),
            entry(Position.class, Set.of()),
            entry(Project.class, Set.of("id", "name")),
            entry(Publication.class, Set.of("id", "name")),
            entry(PublicationSeries.class, Set.of("id", "name")),
            entry(PublicationSeriesEntry.class, Set.of("seriesRef", "issueNumber")),
            entry(Quotation.class, Set.of("text", "inLanguage")),
            entry(RecordRef.class, Set.of("kind", "id")),
            entry(Registration.class, Set.of()),
            entry(Relation.class, Set.of("kind", "target")),
            entry(SeriesIssn.class, Set.of("inLanguage", "issn")),
            entry(Source.class, Set.of()),
            entry(Speaker.class, Set.of("personRef")),
            entry(State.class, Set.of("id", "name")),
            entry(TableOfContentsEntry.class, Set.of("name")),
            entry(UnDocument.class, Set.of("kind")),
            entry(Gap.class, Set.of("subject")),
            entry(Vote.class, Set.of("voterRef", "option")),
            entry(VoteCount.class, Set.of("option")),
            entry(VoteEvent.class, Set.of("id", "organisationRef", "startDate")),
            entry(PhoneNumber.class, Set.of("asPrinted")));

    /** Two different sample values of each type that is not a record, an enum or a list. */
    private static final Map<Class<?>, List<?>> SAMPLES = Map.ofEntries(
            entry(String.class, List.of("alpha", "beta")),
            entry(Integer.class, List.of(1, 2)),
            entry(int.class, List.of(1, 2)),
            entry(Long.class, List.of(10L, 20L)),
            entry(long.class, List.of(10L, 20L)),
            entry(boolean.class, List.of(false, true)),
            entry(BigDecimal.class, List.of(new BigDecimal("32000.00"), new BigDecimal("2500000"))),
            entry(CurrencyCode.class, List.of(CurrencyCode.parse("USD"), CurrencyCode.parse("CHF"))),
            entry(LocalDate.class, List.of(LocalDate.of(2018, 12, 10), LocalDate.of(2022, 11, 30))),
            entry(LocalTime.class, List.of(LocalTime.of(9, 30), LocalTime.of(14, 0))),
            entry(LocalDateTime.class, List.of(LocalDateTime.of(2019, 2, 22, 18, 0), LocalDateTime.of(2022, 4, 25, 23, 59))),
            entry(ZoneId.class, List.of(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York"))),
            entry(LocalizedText.class, List.of(
                    LocalizedText.of("en", "International Organization for Migration"),
                    LocalizedText.of("en", "Global Compact", "fr", "Pacte mondial"))),
            entry(PartialDate.class, List.of(PartialDate.parse("1951"), PartialDate.parse("2018-12-10"))),
            entry(LanguageTag.class, List.of(LanguageTag.ENGLISH, LanguageTag.FRENCH)),
            entry(Isbn.class, List.of(Isbn.parse("978-92-9068-780-1"), Isbn.parse("978-92-9068-774-0"))),
            entry(Issn.class, List.of(Issn.parse("1726-4030"), Issn.parse("1726-2224"))),
            entry(CountryCode.class, List.of(CountryCode.parse("CH"), CountryCode.parse("MAR"))),
            entry(UnDocumentSymbol.class, List.of(UnDocumentSymbol.parse("A/RES/73/195"), UnDocumentSymbol.parse("A/70/L.57"))),
            entry(Doi.class, List.of(Doi.parse("10.18356/9789210026659"), Doi.parse("10.1000/182"))),
            entry(Url.class, List.of(Url.parse("https://www.iom.int/"), Url.parse("https://publications.iom.int/"))),
            entry(EmailAddress.class, List.of(EmailAddress.parse("idm@iom.int"), EmailAddress.parse("gcm@un.org"))));

    /** Sample values for components whose type alone does not tell a valid value, by Record.component. */
    private static final Map<String, List<?>> COMPONENT_SAMPLES = Map.of(
            "PhoneNumber.e164", List.of("+41227179581", "+41227179111"));

    /** How deep nested lists get an element; deeper lists are empty, which ends recursive records. */
    private static final int MAX_DEPTH = 3;

    @Nested
    class Coverage {

        @Test
        void everyPublicRecordOfTheModelPackageIsListed() throws Exception {
            assertThat(publicClassesOf(MODEL_PACKAGE, Class::isRecord)).containsExactlyInAnyOrderElementsOf(MODEL_RECORDS);
        }

        @Test
        void everyPublicValueClassOfTheModelPackageIsListed() throws Exception {
            assertThat(publicClassesOf(MODEL_PACKAGE, type -> !type.isRecord() && isValueClass(type)))
                    .containsExactlyInAnyOrderElementsOf(MODEL_CLASSES);
        }

        @Test
        void everyPublicRecordOfTheIdentifierPackageIsListed() throws Exception {
            assertThat(publicClassesOf(IDENTIFIER_PACKAGE, type -> type.isRecord() && !IDENTIFIER_CLASSES.contains(type)))
                    .containsExactlyInAnyOrderElementsOf(IDENTIFIER_RECORDS);
        }

        @Test
        void everyPublicValueClassOfTheIdentifierPackageIsListed() throws Exception {
            assertThat(publicClassesOf(IDENTIFIER_PACKAGE, type -> isValueClass(type) && !IDENTIFIER_RECORDS.contains(type)))
                    .containsExactlyInAnyOrderElementsOf(IDENTIFIER_CLASSES);
        }

        @Test
        void requiredComponentsAreGivenForEveryRecordAndNameItsComponents() {
            assertThat(REQUIRED.keySet()).containsExactlyInAnyOrderElementsOf(records().collect(Collectors.toList()));
            REQUIRED.forEach((type, names) -> assertThat(componentNames(type)).as(type.getSimpleName()).containsAll(names));
        }

        /** The JSON schema and the constructors agree on what is required. */
        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordContractsTest#records")
        void requiredComponentsAreTheOnesJsonMarksRequired(Class<? extends Record> type) {
            Set<String> markedRequired = Arrays.stream(type.getRecordComponents())
                    .filter(component -> !component.getType().isPrimitive())
                    .filter(component -> {
                        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                        return property != null && property.required();
                    })
                    .map(RecordComponent::getName)
                    .collect(Collectors.toSet());

            assertThat(markedRequired).isEqualTo(REQUIRED.get(type));
        }

        private boolean isValueClass(Class<?> type) {
            return !type.isEnum() && !type.isInterface() && !Throwable.class.isAssignableFrom(type);
        }
    }

    @Nested
    class Equality {

        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordContractsTest#records")
        void recordEqualsAndHashCodeFollowEveryComponent(Class<? extends Record> type) {
            SingleTypeEqualsVerifierApi<? extends Record> verifier = withPrefabValues(EqualsVerifier.forClass(type));
            COMPONENT_SAMPLES.forEach((component, values) -> {
                if (component.startsWith(type.getSimpleName() + ".")) {
                    verifier.withPrefabValuesForField(component.substring(component.indexOf('.') + 1), values.get(0), values.get(1));
                }
            });
            // The constructor rejects null required components and turns null lists into empty ones.
            Set<String> nonNull = new TreeSet<>(REQUIRED.get(type));
            listComponents(type).forEach(component -> nonNull.add(component.getName()));
            if (!nonNull.isEmpty()) {
                verifier.withNonnullFields(nonNull.toArray(String[]::new));
            }
            if (type == MonetaryAmount.class) {
                // On purpose: 32000.00 and 32000 are different amounts as printed, as BigDecimal.equals says.
                verifier.suppress(Warning.BIGDECIMAL_EQUALITY);
            }
            verifier.verify();
        }

        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordContractsTest#valueClasses")
        void valueClassEqualsAndHashCodeFollowItsValue(Class<?> type) {
            SingleTypeEqualsVerifierApi<?> verifier = withPrefabValues(EqualsVerifier.forClass(type));
            if (!type.isRecord()) {
                // Parsing never leaves a field null.
                verifier.suppress(Warning.NULL_FIELDS);
            } else {
                // A value record's constructor accepts only valid text: give it the samples' own.
                for (RecordComponent component : type.getRecordComponents()) {
                    verifier.withPrefabValuesForField(component.getName(),
                            read(component, SAMPLES.get(type).get(0)), read(component, SAMPLES.get(type).get(1)));
                }
            }
            verifier.verify();
        }

        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordContractsTest#valueRecords")
        void aValueRecordsConstructorIsItsParserAndRefusesWhatParsingRefuses(Class<?> type) throws Exception {
            Constructor<?> constructor = type.getDeclaredConstructor(String.class);
            for (Object sample : SAMPLES.get(type)) {
                assertThat(constructor.newInstance(sample.toString())).isEqualTo(sample);
                assertThat(type.getMethod("parse", CharSequence.class).invoke(null, sample.toString())).isEqualTo(sample);
            }
            assertThatThrownBy(() -> constructor.newInstance("@@ not a value @@"))
                    .hasCauseInstanceOf(io.github.gcmdata.identifier.IdentifierFormatException.class);
            assertThatThrownBy(() -> constructor.newInstance((Object) null)).hasCauseInstanceOf(NullPointerException.class);
        }

        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordContractsTest#records")
        void recordsFromEqualComponentsAreEqualAndDifferInAnyComponent(Class<? extends Record> type) {
            Record one = construct(type, sampleArguments(type, 0, 0));
            Record same = construct(type, sampleArguments(type, 0, 0));
            Record other = construct(type, sampleArguments(type, 1, 0));

            assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotSameAs(same);
        }

        @ParameterizedTest
        @MethodSource("io.github.gcmdata.model.RecordContractsTest#records")
        void toStringNamesEveryComponentWithItsValue(Class<? extends Record> type) {
            Object[] arguments = sampleArguments(type, 0, 0);
            Record record = construct(type, arguments);
            RecordComponent[] components = type.getRecordComponents();
            StringBuilder expected = new StringBuilder(type.getSimpleName()).append('[');
            for (int i = 0; i < components.length; i++) {
                expected.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(arguments[i]);
            }
            expected.append(']');

            assertThat(record).hasToString(expected.toString());
        }
    }

    @TestFactory
    Stream<DynamicNode> requiredComponentRejectsNullNamingTheComponent() {
        return records().map(type -> dynamicContainer(type.getSimpleName(), componentsOf(type)
                .filter(component -> REQUIRED.get(type).contains(component.getName()))
                .map(component -> dynamicTest(component.getName(), () -> {
                    Object[] arguments = withArgument(type, component, null);

                    assertThatNullPointerException()
                            .isThrownBy(() -> construct(type, arguments))
                            .withMessage(component.getName() + " is required");
                }))));
    }

    @TestFactory
    Stream<DynamicNode> optionalComponentAcceptsNull() {
        return records().map(type -> dynamicContainer(type.getSimpleName(), componentsOf(type)
                .filter(component -> !REQUIRED.get(type).contains(component.getName()))
                .filter(component -> !component.getType().isPrimitive() && component.getType() != List.class)
                .map(component -> dynamicTest(component.getName(), () -> {
                    Record record = construct(type, withArgument(type, component, null));

                    assertThat(component.getAccessor().invoke(record)).isNull();
                }))));
    }

    @TestFactory
    Stream<DynamicNode> listComponentIsCopiedUnmodifiableAndNullSafe() {
        return records().filter(type -> !listComponents(type).isEmpty()).map(type -> dynamicContainer(type.getSimpleName(),
                listComponents(type).stream().map(component -> dynamicContainer(component.getName(), Stream.of(
                        dynamicTest("null list becomes empty", () -> {
                            Record record = construct(type, withArgument(type, component, null));

                            assertThat(listOf(component, record)).isEmpty();
                        }),
                        dynamicTest("list is copied", () -> {
                            List<Object> source = new ArrayList<>(List.of(sampleElement(component, 0), sampleElement(component, 1)));
                            Record record = construct(type, withArgument(type, component, source));
                            source.set(0, sampleElement(component, 1));
                            source.add(sampleElement(component, 0));

                            assertThat(listOf(component, record)).isEqualTo(List.of(sampleElement(component, 0), sampleElement(component, 1)));
                        }),
                        dynamicTest("list is unmodifiable", () -> {
                            Record record = construct(type, withArgument(type, component, List.of(sampleElement(component, 0))));
                            List<?> list = listOf(component, record);

                            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
                            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
                            assertThat(list).hasSize(1);
                        }),
                        dynamicTest("empty list is unmodifiable", () -> {
                            Record record = construct(type, withArgument(type, component, new ArrayList<>()));
                            List<?> list = listOf(component, record);

                            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
                        }),
                        dynamicTest("null element is rejected naming the component and index", () -> {
                            List<Object> withNull = new ArrayList<>();
                            withNull.add(sampleElement(component, 0));
                            withNull.add(null);

                            assertThatNullPointerException()
                                    .isThrownBy(() -> construct(type, withArgument(type, component, withNull)))
                                    .withMessage(component.getName() + "[1] is null");
                            assertThatNullPointerException()
                                    .isThrownBy(() -> construct(type, withArgument(type, component, Collections.singletonList(null))))
                                    .withMessage(component.getName() + "[0] is null");
                        }))))));
    }

    // ---- The records and their components ----

    static Stream<Class<? extends Record>> records() {
        return Stream.concat(MODEL_RECORDS.stream(), IDENTIFIER_RECORDS.stream());
    }

    static Stream<Class<?>> valueRecords() {
        return IDENTIFIER_CLASSES.stream().filter(Class::isRecord);
    }

    static Stream<Class<?>> valueClasses() {
        return Stream.concat(MODEL_CLASSES.stream(), IDENTIFIER_CLASSES.stream());
    }

    private static Stream<RecordComponent> componentsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents());
    }

    private static List<String> componentNames(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList());
    }

    private static List<RecordComponent> listComponents(Class<? extends Record> type) {
        return componentsOf(type).filter(component -> component.getType() == List.class).collect(Collectors.toList());
    }

    private static List<?> listOf(RecordComponent component, Record record) throws ReflectiveOperationException {
        return (List<?>) component.getAccessor().invoke(record);
    }

    private static Object sampleElement(RecordComponent component, int variant) {
        Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return sample(element, variant, 1);
    }

    /** The sample arguments of variant 0, with one component's replaced. */
    private static Object[] withArgument(Class<? extends Record> type, RecordComponent component, Object value) {
        Object[] arguments = sampleArguments(type, 0, 0);
        arguments[componentNames(type).indexOf(component.getName())] = value;
        return arguments;
    }

    private static Object[] sampleArguments(Class<?> type, int variant, int depth) {
        return Arrays.stream(type.getRecordComponents())
                .map(component -> {
                    List<?> special = COMPONENT_SAMPLES.get(type.getSimpleName() + "." + component.getName());
                    return special != null ? special.get(variant) : sample(component.getGenericType(), variant, depth);
                })
                .toArray();
    }

    private static Object sample(Type type, int variant, int depth) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Type element = parameterized.getActualTypeArguments()[0];
            return depth >= MAX_DEPTH ? List.of() : List.of(sample(element, variant, depth + 1));
        }
        Class<?> raw = (Class<?>) type;
        if (SAMPLES.containsKey(raw)) {
            return SAMPLES.get(raw).get(variant);
        }
        if (raw.isRecord()) {
            return construct(raw.asSubclass(Record.class), sampleArguments(raw, variant, depth + 1));
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[variant];
        }
        List<?> samples = SAMPLES.get(raw);
        if (samples == null) {
            throw new AssertionError("No sample value of " + type + ": add two to RecordContractsTest.SAMPLES");
        }
        return samples.get(variant);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static <T extends Record> T construct(Class<T> type, Object[] arguments) {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot call the canonical constructor of " + type.getName(), e);
        }
    }

    /** Gives EqualsVerifier valid values of every value type and record, which it cannot make itself. */
    private static <T> SingleTypeEqualsVerifierApi<T> withPrefabValues(SingleTypeEqualsVerifierApi<T> verifier) {
        List<Class<?>> types = new ArrayList<>();
        valueClasses().forEach(types::add);
        records().forEach(types::add);
        types.add(ZoneId.class);
        // Agenda times and deadlines are to the minute; EqualsVerifier's own values have nanoseconds.
        types.add(LocalTime.class);
        types.add(LocalDateTime.class);
        types.forEach(type -> addPrefabValues(verifier, type));
        return verifier;
    }

    private static <S> void addPrefabValues(SingleTypeEqualsVerifierApi<?> verifier, Class<S> type) {
        verifier.withPrefabValues(type, type.cast(sample(type, 0, 0)), type.cast(sample(type, 1, 0)));
    }

    // ---- Scanning the compiled packages ----

    /** The public top-level classes of a package, read from the directory or jar that holds it. */
    static Set<Class<?>> publicClassesOf(String packageName, Predicate<Class<?>> filter)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = packageName.replace('.', '/');
        Set<String> classNames = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(folder))) {
                files.map(file -> file.getFileName().toString()).forEach(classNames::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                        classNames.add(name.substring(folder.length() + 1));
                    }
                }
            }
        }
        Set<Class<?>> classes = new HashSet<>();
        for (String fileName : classNames) {
            if (fileName.endsWith(".class") && !fileName.contains("$") && !fileName.endsWith("-info.class")) {
                Class<?> type = Class.forName(packageName + "." + fileName.substring(0, fileName.length() - ".class".length()));
                if (Modifier.isPublic(type.getModifiers()) && filter.test(type)) {
                    classes.add(type);
                }
            }
        }
        assertThat(classNames).as("class files of %s in %s", packageName, location).isNotEmpty();
        return classes;
    }
}
