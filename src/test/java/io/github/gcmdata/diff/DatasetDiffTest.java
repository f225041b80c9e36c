package io.github.gcmdata.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.State;
import io.github.gcmdata.reference.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What changed between two datasets, by kind, identifier and JSON Pointer. */
class DatasetDiffTest {

    private static final Dataset REFERENCE = ReferenceData.dataset();

    @Test
    void aDatasetDiffersFromItselfInNothing() {
        DatasetDiff diff = DatasetDiff.between(REFERENCE, REFERENCE);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.metadataFields()).isEmpty();
        assertThat(diff).hasToString("");
    }

    @Test
    void listsAddedRemovedAndChangedRecordsWithThePointersOfTheChangedValues() {
        List<State> states = new ArrayList<>(REFERENCE.states());
        State switzerland = states.stream().filter(state -> state.id().equals("CHE")).findFirst().orElseThrow();
        int at = states.indexOf(switzerland);
        states.set(at, switzerland.toBuilder().name(LocalizedText.of("en", "Switzerland", "fr", "Suisse"))
                .alternateName(LocalizedText.of("en", "Swiss Confederation")).build());
        states.removeIf(state -> state.id().equals("AFG"));
        states.add(State.builder("XKX", LocalizedText.of("en", "Kosovo")).build());
        List<GcmObjective> objectives = new ArrayList<>(REFERENCE.objectives());
        objectives.set(17, objectives.get(17).toBuilder().sources(objectives.get(17).sources().subList(0, 1)).build());
        Dataset newer = REFERENCE.toBuilder()
                .metadata(REFERENCE.metadata().toBuilder().version("2027.01.01").build())
                .states(states).objectives(objectives).build();

        DatasetDiff diff = DatasetDiff.between(REFERENCE, newer);

        assertThat(diff.metadataFields()).containsExactly("/version");
        assertThat(diff.changes()).extracting(RecordChange::kind, RecordChange::identifier, RecordChange::change)
                .containsExactly(
                        tuple(RecordKind.STATE, "AFG", RecordChange.Change.REMOVED),
                        tuple(RecordKind.STATE, "CHE", RecordChange.Change.CHANGED),
                        tuple(RecordKind.STATE, "XKX", RecordChange.Change.ADDED),
                        tuple(RecordKind.OBJECTIVE, "18", RecordChange.Change.CHANGED));
        RecordChange swiss = diff.changes().get(1);
        assertThat(swiss.pointer()).isEqualTo("/states/" + (at - 1));
        assertThat(swiss.fields()).containsExactly("/name/ar", "/name/es", "/name/ru", "/name/zh", "/alternateName");
        assertThat(diff.changes().get(0).pointer()).isEqualTo("/states/0");
        int sources = REFERENCE.objectives().get(17).sources().size();
        assertThat(diff.changes().get(3).fields()).hasSize(sources - 1).first().isEqualTo("/sources/1");
        assertThat(diff.toString()).startsWith("metadata changed /version\nstate AFG removed\n"
                + "state CHE changed /name/ar /name/es /name/ru /name/zh /alternateName\nstate XKX added\n");
    }

    @Test
    void recordsWithoutIdentifierAreAddedOrRemovedAndRepeatedIdentifiersMatchInOrder() {
        Membership plain = Membership.builder(AgentRef.state("CHE"), "iom").role(MembershipRole.MEMBER).build();
        Membership observer = Membership.builder(AgentRef.state("CHE"), "iom").role(MembershipRole.OBSERVER).build();
        Dataset older = Dataset.builder(REFERENCE.metadata()).memberships(plain).build();
        Dataset newer = Dataset.builder(REFERENCE.metadata()).memberships(observer).build();

        assertThat(DatasetDiff.between(older, newer).changes())
                .extracting(RecordChange::identifier, RecordChange::pointer, RecordChange::change)
                .containsExactly(tuple(null, "/memberships/0", RecordChange.Change.REMOVED),
                        tuple(null, "/memberships/0", RecordChange.Change.ADDED));
        assertThat(DatasetDiff.between(older, newer).toString())
                .isEqualTo("membership /memberships/0 removed\nmembership /memberships/0 added\n");

        State one = State.builder("X1", LocalizedText.of("en", "One")).build();
        State two = State.builder("X1", LocalizedText.of("en", "Two")).build();
        DatasetDiff repeated = DatasetDiff.between(Dataset.builder(REFERENCE.metadata()).states(one, one).build(),
                Dataset.builder(REFERENCE.metadata()).states(one, two).build());
        assertThat(repeated.changes()).extracting(RecordChange::pointer, RecordChange::fields)
                .containsExactly(tuple("/states/1", List.of("/name/en")));
    }

    @Test
    void isTheSameWhicheverOrderItIsAskedIn() {
        Dataset smaller = REFERENCE.toBuilder().states(REFERENCE.states().subList(0, 10)).build();

        assertThat(DatasetDiff.between(REFERENCE, smaller).toString())
                .isEqualTo(DatasetDiff.between(REFERENCE, smaller).toString());
        assertThat(DatasetDiff.between(smaller, REFERENCE).changes()).hasSize(REFERENCE.states().size() - 10)
                .allSatisfy(change -> assertThat(change.change()).isEqualTo(RecordChange.Change.ADDED));
    }
}
