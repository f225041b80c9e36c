package io.github.gcmdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.internal.JsonNames;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordKindTest {

    @Test
    void hasOneKindPerListOfADatasetInTheDatasetsOrder() {
        List<RecordComponent> lists = Arrays.stream(Dataset.class.getRecordComponents())
                .filter(component -> component.getType() == List.class)
                .collect(Collectors.toList());

        assertThat(RecordKind.values()).hasSameSizeAs(lists);
        for (int i = 0; i < lists.size(); i++) {
            RecordComponent list = lists.get(i);
            RecordKind kind = RecordKind.values()[i];
            assertThat(kind.datasetProperty()).as("%s", kind).isEqualTo(JsonNames.of(list));
            assertThat(kind.type()).as("%s", kind).isEqualTo(elementType(list));
        }
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void readsItsOwnListOfADataset(RecordKind kind) throws ReflectiveOperationException {
        Dataset dataset = datasetWithOneRecordOfEachKind();
        RecordComponent list = Arrays.stream(Dataset.class.getRecordComponents())
                .filter(component -> JsonNames.of(component).equals(kind.datasetProperty()))
                .findFirst().orElseThrow();

        assertThat(kind.records(dataset)).hasSize(1).isEqualTo(list.getAccessor().invoke(dataset));
        assertThat(kind.records(dataset).get(0)).isInstanceOf(kind.type());
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void isFoundByItsTypeAndItsName(RecordKind kind) {
        assertThat(RecordKind.ofType(kind.type())).contains(kind);
        assertThat(RecordKind.ofKindName(kind.kindName())).contains(kind);
        assertThat(kind.kindName()).matches("[a-z]+(-[a-z]+)*");
    }

    @Test
    void readsTheIdentifierOfARecordOfItsKind() {
        Dataset dataset = datasetWithOneRecordOfEachKind();
        List<String> identifiers = Arrays.stream(RecordKind.values())
                .map(kind -> kind.identifier(kind.records(dataset).get(0)))
                .collect(Collectors.toList());

        assertThat(identifiers).containsExactly("o", "s", "p", null, "e", "es", "pub", "ps", "n", "1", "a", "A/RES/73/195", "v",
                "g", "pr");
        assertThat(RecordKind.MEMBERSHIP.identifier(Membership.builder(AgentRef.state("s"), "o").role(MembershipRole.MEMBER)
                .id("m-1")
                .build())).isEqualTo("m-1");
        assertThatThrownBy(() -> RecordKind.EVENT.identifier(dataset.metadata())).isInstanceOf(ClassCastException.class);
    }

    /** A document has two identifiers: the first present is its identifier, and a reference may name either. */
    @Test
    void readsEveryIdentifierOfADocumentInTheOrderOfItsComponents() {
        UnDocument both = UnDocument.builder(DocumentKind.RESOLUTION).id("gcm")
                .symbol(io.github.gcmdata.identifier.UnDocumentSymbol.parse("A/RES/73/195")).build();
        UnDocument idOnly = UnDocument.builder(DocumentKind.CONSTITUTION).id("iom-constitution").build();
        UnDocument neither = UnDocument.builder(DocumentKind.OTHER).build();

        assertThat(RecordKind.DOCUMENT.identifiers(both)).containsExactly("gcm", "A/RES/73/195");
        assertThat(RecordKind.DOCUMENT.identifier(both)).isEqualTo("gcm");
        assertThat(RecordKind.DOCUMENT.identifiers(idOnly)).containsExactly("iom-constitution");
        assertThat(RecordKind.DOCUMENT.identifiers(neither)).isEmpty();
        assertThat(RecordKind.DOCUMENT.identifier(neither)).isNull();
        assertThat(RecordKind.EVENT.identifiers(Event.builder("e", LocalizedText.of("en", "x"), EventKind.WORKSHOP,
                LocalDate.of(2022, 1, 1)).build())).containsExactly("e");
        assertThatThrownBy(() -> RecordKind.DOCUMENT.identifiers(both).add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RecordKind.DOCUMENT.identifiers("x")).isInstanceOf(ClassCastException.class);
    }

    @Test
    void findsNothingForOtherTypesAndNames() {
        assertThat(RecordKind.ofType(DatasetMetadata.class)).isEmpty();
        assertThat(RecordKind.ofType(String.class)).isEmpty();
        assertThat(RecordKind.ofKindName("events")).isEmpty();
        assertThat(RecordKind.ofKindName("Event")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AgentKind.class)
    void everyAgentKindPointsToTheKindOfItsName(AgentKind agentKind) {
        assertThat(agentKind.recordKind().name()).isEqualTo(agentKind.name());
    }

    @Test
    void everyReferenceTargetHasAnIdentifierAndEveryRecordWithLinksIsInADataset() throws Exception {
        Set<Class<?>> reachable = reachableFromTheKinds();
        Set<Class<?>> records = RecordContractsTest.publicClassesOf(Dataset.class.getPackageName(), Class::isRecord);

        for (Class<?> type : records) {
            for (RecordComponent component : type.getRecordComponents()) {
                RefersTo refersTo = component.getAnnotation(RefersTo.class);
                boolean links = refersTo != null || component.isAnnotationPresent(RecordId.class)
                        || Reference.class.isAssignableFrom(elementType(component));
                if (links) {
                    assertThat(reachable).as("%s holds %s but no dataset holds it", type.getSimpleName(),
                            component.getName()).contains(type);
                }
                if (refersTo != null) {
                    assertThat(refersTo.value().getRecordComponents())
                            .as("%s.%s refers to %s", type.getSimpleName(), component.getName(), refersTo.value())
                            .anyMatch(target -> target.isAnnotationPresent(RecordId.class));
                    assertThat(elementType(component)).isIn(String.class, UnDocumentSymbol.class);
                }
            }
        }
        for (RecordKind kind : RecordKind.values()) {
            assertThat(kind.type().getRecordComponents()).as("%s", kind)
                    .anyMatch(component -> component.isAnnotationPresent(RecordId.class));
        }
    }

    private static Set<Class<?>> reachableFromTheKinds() {
        Set<Class<?>> reachable = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        Arrays.stream(RecordKind.values()).map(RecordKind::type).forEach(pending::add);
        while (!pending.isEmpty()) {
            Class<?> type = pending.remove();
            if (reachable.add(type)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (elementType(component).isRecord()) {
                        pending.add(elementType(component));
                    }
                }
            }
        }
        return reachable;
    }

    private static Class<?> elementType(RecordComponent component) {
        if (component.getType() == List.class) {
            return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        }
        return component.getType();
    }

    private static Dataset datasetWithOneRecordOfEachKind() {
        LocalizedText name = LocalizedText.of("en", "x");
        return Dataset.builder(DatasetMetadata.builder("d", name).build())
                .organisations(Organisation.builder("o", name, OrganisationKind.INTERGOVERNMENTAL).build())
                .states(State.builder("s", name).build())
                .persons(Person.builder("p", "P").build())
                .memberships(Membership.builder(AgentRef.state("s"), "o").role(MembershipRole.MEMBER).build())
                .events(Event.builder("e", name, EventKind.WORKSHOP, LocalDate.of(2022, 1, 1)).build())
                .eventSeries(EventSeries.builder("es", name).build())
                .publications(Publication.builder("pub", name).build())
                .publicationSeries(PublicationSeries.builder("ps", name).build())
                .newsItems(NewsItem.builder("n", name).build())
                .objectives(GcmObjective.builder(1, name).build())
                .guidingPrinciples(new GuidingPrinciple("a", name, null, null))
                .documents(UnDocument.builder(DocumentKind.RESOLUTION)
                        .symbol(io.github.gcmdata.identifier.UnDocumentSymbol.parse("A/RES/73/195")).build())
                .voteEvents(new VoteEvent("v", "o", null, LocalDate.of(2018, 12, 19), null, null, null))
                .grants(MonetaryGrant.builder("g", AgentRef.state("s")).build())
                .projects(Project.builder("pr", name).build())
                .build();
    }
}
