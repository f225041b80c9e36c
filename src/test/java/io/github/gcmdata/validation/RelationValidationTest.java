package io.github.gcmdata.validation;

import static io.github.gcmdata.validation.Fixtures.dataset;
import static io.github.gcmdata.validation.Fixtures.event;
import static io.github.gcmdata.validation.Fixtures.publication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationValidationTest {

    private static final GcmValidator STANDALONE = GcmValidator.create().withReferenceData(false);

    private static Event relating(String id, Relation... relations) {
        return event(id).toBuilder().relations(relations).build();
    }

    private static Dataset withEvents(Event... events) {
        return dataset(List.of(), List.of(), List.of(events), List.of(publication("idm-no-28")));
    }

    @Test
    void aRelationToARecordOfTheDatasetIsValid() {
        Dataset dataset = withEvents(event("imrf-2022"),
                relating("idm-2022", Relation.of(RelationKind.AHEAD_OF, RecordRef.to(RecordKind.EVENT, "imrf-2022"))),
                relating("idm-2018-workshop", new Relation(RelationKind.IN_RESPONSE_TO,
                        RecordRef.to(RecordKind.PUBLICATION, "idm-no-28"), 2, Fixtures.text("answering the report"))));

        assertThat(STANDALONE.validate(dataset).violations()).isEmpty();
    }

    @Test
    void aRelationToNothingIsUnresolvedAtItsTarget() {
        Dataset dataset = withEvents(relating("idm-2022",
                Relation.of(RelationKind.FOLLOW_UP_OF, RecordRef.to(RecordKind.EVENT, "idm-2021"))));

        assertThat(STANDALONE.validate(dataset).violations())
                .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                .containsExactly(tuple("/events/0/relations/0/target/id", "reference.unresolved", "idm-2021"));
    }

    @Test
    void aRelationForwardToALaterRecordResolvesWhenStreamed() {
        Dataset dataset = withEvents(
                relating("idm-2022", Relation.of(RelationKind.AHEAD_OF, RecordRef.to(RecordKind.EVENT, "imrf-2022"))),
                event("imrf-2022"));

        assertThat(STANDALONE.validateStreaming(new java.io.ByteArrayInputStream(
                GcmJson.standard().write(dataset).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isValid()).isTrue();
    }

    @Test
    void aRecordThatRelatesToItselfIsReportedOnceAtTheTarget() {
        Dataset dataset = withEvents(relating("idm-2022",
                Relation.of(RelationKind.FOLLOW_UP_OF, RecordRef.to(RecordKind.EVENT, "idm-2022"))));

        List<Violation> violations = STANDALONE.validate(dataset).violations();

        assertThat(violations).extracting(Violation::jsonPointer, Violation::code)
                .containsExactly(tuple("/events/0/relations/0/target/id", "relation.self"));
        assertThat(violations.get(0).message()).isEqualTo(
                "id: a record should not relate to itself, \"idm-2022\" does (follow_up_of)");
    }

    @Test
    void anotherRecordWithTheSameIdentifierOfAnotherKindIsNotItself() {
        Dataset dataset = dataset(List.of(), List.of(), List.of(relating("x-1",
                Relation.of(RelationKind.OUTCOME_OF, RecordRef.to(RecordKind.EVENT, "x-2")),
                Relation.of(RelationKind.IN_RESPONSE_TO, RecordRef.to(RecordKind.PUBLICATION, "x-1"))), event("x-2")),
                List.of(publication("x-1")));

        assertThat(STANDALONE.validate(dataset).violations()).isEmpty();
    }

    @Test
    void aTargetOfAKindTheRelationDoesNotAllowIsReportedWithTheKindsItAllows() {
        Event event = relating("idm-2022", Relation.of(RelationKind.OUTCOME_OF, RecordRef.to(RecordKind.PERSON, "p")));

        List<Violation> violations = GcmValidator.create(Locale.FRENCH).validate(event).violations();

        assertThat(violations).extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                .containsExactly(tuple("/relations/0/target/kind", "relation.targetKind", "person"));
        assertThat(violations.get(0).message())
                .isEqualTo("kind: une relation « outcome_of » devrait viser event, project, elle vise person");
    }

    @ParameterizedTest
    @EnumSource(RelationKind.class)
    void everyRelationKindAllowsSomeKindsAndRefusesTheOthers(RelationKind kind) {
        assertThat(kind.targetKinds()).isNotEmpty();
        for (RecordKind target : RecordKind.values()) {
            Relation relation = Relation.of(kind, RecordRef.to(target, "t"));
            boolean allowed = kind.allowsTarget(target);
            assertThat(kind.targetKinds().contains(target)).isEqualTo(allowed);
            assertThat(STANDALONE.validate(relating("e", relation)).violations())
                    .as("%s to %s", kind, target)
                    .extracting(Violation::code)
                    .containsExactlyElementsOf(allowed ? List.of() : List.of("relation.targetKind"));
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(kind.targetKinds()))).doesNotContainAnyElementsOf(kind.targetKinds());
    }

    @Test
    void aRelationReadsAndWritesAsJsonWithoutLoss() {
        Event event = relating("idm-2018-workshop", new Relation(RelationKind.PART_OF,
                RecordRef.to(RecordKind.DOCUMENT, "A/RES/73/195"), 3, Fixtures.text("paragraph 3")));
        String json = GcmJson.standard().write(event);

        assertThat(json).contains("\"relations\":[{\"kind\":\"part_of\",\"target\":{\"kind\":\"document\","
                + "\"id\":\"A/RES/73/195\"},\"position\":3,\"note\":{\"en\":\"paragraph 3\"}}]");
        assertThat(GcmJson.standard().read(json, Event.class)).isEqualTo(event);
    }

    @Test
    void aRelationToADocumentOfTheBundledReferenceDataResolvesUnlessStandalone() {
        Dataset dataset = withEvents(relating("idm-2019",
                Relation.of(RelationKind.IN_RESPONSE_TO, RecordRef.to(RecordKind.DOCUMENT, "A/RES/73/195"))));

        assertThat(GcmValidator.create().validate(dataset).violations()).isEmpty();
        assertThat(STANDALONE.validate(dataset).violations()).extracting(Violation::code)
                .containsExactly("reference.unresolved");
    }
}
