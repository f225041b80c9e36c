package io.github.gcmdata.cli;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.reference.ReferenceData;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gcm export objectives|principles|states|member-states|vote|all}: prints the bundled reference data.
 *
 * <p>The output is a dataset in the library's format, holding the chosen records and what they
 * refer to, so that it reads back with {@code GcmJson} and validates as it is.
 */
@Command(name = "export",
        description = {
            "Prints the reference data bundled in the library as a JSON dataset in the library's format.",
            "",
            "objectives: the 23 GCM objectives. principles: the 10 guiding principles."
                    + " states: the UN's 193 Member States and 2 observer States (and the other IOM members),"
                    + " named in the six UN languages."
                    + " member-states: IOM's member states, IOM, and their memberships with their dates."
                    + " vote: the General Assembly's recorded vote on A/RES/73/195, state by state."
                    + " all: everything, UN documents and the IDM publication series included."
        })
final class ExportCommand extends Subcommand {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    @Parameters(paramLabel = "objectives|principles|states|member-states|vote|all", arity = "1",
            description = "What to print.")
    private String selection;

    @Option(names = "--lang", paramLabel = "ar|zh|en|fr|ru|es",
            description = "Reduce every text to this language (falling back to English where the data has"
                    + " no text in it). Without it, every language the data has.")
    private String lang;

    @Override
    public Integer call() {
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw usage("--lang should be ar, zh, en, fr, ru or es, was '" + lang + "'");
        }
        Dataset dataset = select(ReferenceData.dataset());
        if (lang != null) {
            dataset = new LanguageReduction(LanguageTag.parse(lang)).reduce(dataset);
        }
        out().print(GcmJson.pretty().write(dataset));
        out().flush();
        return ExitCode.OK.code();
    }

    private Dataset select(Dataset all) {
        Dataset.Builder selected = Dataset.builder(all.metadata());
        switch (selection) {
            case "objectives":
                return selected.objectives(all.objectives()).build();
            case "principles":
                return selected.guidingPrinciples(all.guidingPrinciples()).build();
            case "member-states":
                List<Membership> memberships = ReferenceData.memberStates().stream()
                        .map(state -> ReferenceData.iomMembership(state.alpha3()).orElseThrow())
                        .filter(membership -> membership.role() == MembershipRole.MEMBER)
                        .collect(Collectors.toList());
                Set<String> members = memberships.stream().map(membership -> membership.member().id())
                        .collect(Collectors.toSet());
                List<State> states = all.states().stream().filter(state -> members.contains(state.id()))
                        .collect(Collectors.toList());
                return selected.organisations(ReferenceData.iom()).states(states).memberships(memberships).build();
            case "states":
                return selected.states(ReferenceData.states()).build();
            case "vote":
                VoteEvent vote = ReferenceData.adoptionVote();
                // The body that voted, and the organisation it belongs to.
                Set<String> bodyIds = all.organisations().stream()
                        .filter(organisation -> organisation.id().equals(vote.organisationRef()))
                        .flatMap(body -> body.parentOrganization() == null ? Stream.of(body.id())
                                : Stream.of(body.id(), body.parentOrganization().id()))
                        .collect(Collectors.toSet());
                List<Organisation> bodies = all.organisations().stream()
                        .filter(organisation -> bodyIds.contains(organisation.id())).collect(Collectors.toList());
                List<UnDocument> documents = all.documents().stream()
                        .filter(document -> vote.documentRef().equals(document.symbol())).collect(Collectors.toList());
                return selected.organisations(bodies).states(ReferenceData.states()).documents(documents)
                        .voteEvents(vote).build();
            case "all":
                return all;
            default:
                throw usage("expected objectives, principles, states, member-states, vote or all, was '" + selection + "'");
        }
    }
}
