package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import io.github.gcmdata.testing.GcmAssertions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dataset refers to the bundled reference data instead of copying it; standalone, it may not. */
class ReferenceDataResolutionTest {

    private static final DatasetMetadata METADATA = new DatasetMetadata("mine", LocalizedText.of("en", "Mine"), null,
            null, null, null, null);

    /** An event organised by IOM and co-hosted by Switzerland, by alpha-3 and alpha-2 code, holding neither. */
    private static Dataset referringToIomAndSwitzerland() {
        Event event = Event.builder("side-event", LocalizedText.of("en", "Side event"), EventKind.SIDE_EVENT,
                        LocalDate.of(2018, 12, 10))
                .organizers(AgentRef.organisation("iom"), AgentRef.state("CHE"), AgentRef.state("CH"))
                .build();
        return Dataset.builder(METADATA).events(event).build();
    }

    @Test
    void aReferenceToIomAndAStateResolvesInTheBundledDataByDefault() {
        assertThat(GcmValidator.create().validate(referringToIomAndSwitzerland()).violations()).isEmpty();
        assertThat(GcmValidator.create().resolvesAgainstReferenceData()).isTrue();
        GcmAssertions.assertThat(referringToIomAndSwitzerland()).isValid();
    }

    @Test
    void standaloneEveryReferenceMustResolveInTheDataset() {
        GcmValidator standalone = GcmValidator.create().withReferenceData(false);

        assertThat(standalone.validate(referringToIomAndSwitzerland()).violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/events/0/organizers/0/id", "reference.unresolved"),
                        org.assertj.core.groups.Tuple.tuple("/events/0/organizers/1/id", "reference.unresolved"),
                        org.assertj.core.groups.Tuple.tuple("/events/0/organizers/2/id", "reference.unresolved"));
        assertThat(standalone.resolvesAgainstReferenceData()).isFalse();
        GcmAssertions.assertThat(referringToIomAndSwitzerland()).usingValidator(standalone).validationReport()
                .hasViolationCount(3);
    }

    @Test
    void theDatasetComesFirstAndWhatNeitherResolvesIsReportedAsBefore() {
        Organisation own = Organisation.builder("iom", LocalizedText.of("en", "Our own IOM"), OrganisationKind.OTHER).build();
        Event event = Event.builder("e", LocalizedText.of("en", "E"), EventKind.MEETING, LocalDate.of(2020, 1, 1))
                .organizers(AgentRef.organisation("iom"), AgentRef.organisation("nobody"), AgentRef.state("che"),
                        AgentRef.state("XK"))
                .build();

        List<Violation> violations = GcmValidator.create().validate(Dataset.builder(METADATA).organisations(own)
                .events(event).build()).violations();

        assertThat(violations).extracting(Violation::path, Violation::invalidValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/events/0/organizers/1/id", "nobody"),
                org.assertj.core.groups.Tuple.tuple("/events/0/organizers/2/id", "che"),
                org.assertj.core.groups.Tuple.tuple("/events/0/organizers/3/id", "XK"));
    }

    @Test
    void aVoteOnTheGlobalCompactRefersToTheBodyTheDocumentAndTheStates() {
        VoteEvent vote = new VoteEvent("my-copy", "un-general-assembly", UnDocumentSymbol.parse("A/RES/73/195"),
                LocalDate.of(2018, 12, 19), List.of(), List.of(new Vote("CHE", VoteOption.ABSTAIN), new Vote("HU", VoteOption.NO),
                        new Vote("ATLANTIS", VoteOption.YES)), null);
        Dataset dataset = Dataset.builder(METADATA).voteEvents(vote).build();

        assertThat(GcmValidator.create().validate(dataset).violations()).extracting(Violation::path)
                .containsExactly("/voteEvents/0/votes/2/voterRef");
        assertThat(GcmValidator.create().withReferenceData(false).validate(dataset).violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("/voteEvents/0/organisationRef", "/voteEvents/0/documentRef", "/voteEvents/0/votes/0/voterRef",
                        "/voteEvents/0/votes/1/voterRef", "/voteEvents/0/votes/2/voterRef");
    }

    @Test
    void streamingValidationResolvesTheSameWay() {
        byte[] json = GcmJson.standard().write(referringToIomAndSwitzerland()).getBytes(StandardCharsets.UTF_8);

        assertThat(GcmValidator.create().validateStreaming(new ByteArrayInputStream(json)).violations()).isEmpty();
        assertThat(GcmValidator.create().withReferenceData(false).validateStreaming(new ByteArrayInputStream(json))
                .violations()).hasSize(3);
    }

    @Test
    void otherSettingsKeepTheChoice() {
        GcmValidator standalone = GcmValidator.create().withReferenceData(false);
        assertThat(standalone.withClock(java.time.Clock.systemUTC()).resolvesAgainstReferenceData()).isFalse();
        assertThat(standalone.withJson(GcmJson.standard()).resolvesAgainstReferenceData()).isFalse();
    }
}
