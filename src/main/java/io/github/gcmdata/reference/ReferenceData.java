package io.github.gcmdata.reference;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference data shipped inside this library: the 23 GCM objectives and the 10 guiding
 * principles, the 193 UN Member States and 2 observer States with their names in the six UN
 * languages, the Compact's process (the Marrakech conference, the General Assembly's recorded vote
 * on A/RES/73/195, the International Migration Review Forum, the regional reviews, the GCM
 * Champions, the UN Network on Migration), the International Organization for Migration (IOM) with
 * its member and observer states, the UN documents around the Global Compact and the International
 * Dialogue on Migration series.
 *
 * <pre>{@code
 * GcmObjective data = ReferenceData.objective(1);
 * data.name().get(LanguageTag.FRENCH);          // "Collecter et utiliser des données précises ..."
 * data.reference().paragraph();                 // "17", in the annex of A/RES/73/195
 *
 * ReferenceData.stateByCode("ch");              // Optional[State[id=CHE, ...]]
 * ReferenceData.stateByName("cote d'ivoire");   // Optional[State[id=CIV, ...]], any of six languages
 * ReferenceData.voteOnGlobalCompact("CHE");     // Optional[ABSTAIN]
 * ReferenceData.memberStates().size();          // IOM's 175, as of ReferenceData.currentAsOf(): 2023-10
 * ReferenceData.version();                      // "2026.11.25", the data's own version
 * }</pre>
 *
 * <p><b>Sourced, and honest about gaps.</b> Every record names its sources; a source says which
 * values it supports and its standing (the official text, or a secondary source). What no source
 * showed is left out and listed in the dataset's metadata as a {@link io.github.gcmdata.model.Gap}.
 * The data is generated from sourced tables in the library's repository ({@code src/data/reference}).
 *
 * <p><b>Identifiers</b>, by which a dataset may refer to these records without copying them (see
 * {@code GcmValidator}): states by ISO 3166-1 alpha-3 code ({@code CHE}; a reference by alpha-2
 * code, {@code CH}, resolves too), organisations by {@code iom}, {@code united-nations},
 * {@code un-general-assembly}, {@code un-network-on-migration}, ..., objectives by number,
 * guiding principles by letter, UN documents by symbol ({@link #record(RecordKind, String)}).
 *
 * <p><b>Loaded once, on first use.</b> The data is read from the jar the first time any method is
 * called, and shared afterwards; later calls cost a map look-up. All records are immutable, so the
 * values returned may be shared freely between threads. This class holds no mutable state.
 */
public final class ReferenceData {

    /** The bundled dataset, as a resource path inside the jar. */
    static final String RESOURCE = "/io/github/gcmdata/reference/gcm-reference-data.json";

    /** The identifier of IOM among the dataset's organisations. */
    static final String IOM_ID = "iom";

    /** The identifier of the General Assembly's recorded vote on A/RES/73/195. */
    static final String ADOPTION_VOTE_ID = "a-res-73-195-recorded-vote";

    /** The characters folded to the ASCII apostrophe when names are compared. */
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02bc\u0060\u00b4]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int FIRST_OBJECTIVE = 1;
    private static final int LAST_OBJECTIVE = 23;

    private ReferenceData() {
    }

    /**
     * Returns the whole bundled dataset.
     *
     * <p>The first call reads it from the jar; every call returns the same instance.
     *
     * @return the dataset, not null
     * @throws IllegalStateException if the bundled data cannot be read, which means the jar is broken
     */
    public static Dataset dataset() {
        return index().dataset;
    }

    /**
     * Returns the date up to which the time-dependent data is confirmed by a source: the date of
     * IOM's latest member-state count, on which the member-state list holds.
     *
     * <p>States admitted to IOM after this date are not in {@link #memberStates()}.
     *
     * @return the date, to the precision its source gives (month: {@code 2023-10}), not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static PartialDate currentAsOf() {
        return index().currentAsOf;
    }

    /**
     * Returns the version of the data, its own and not the library's, such as {@code 2026.11.25}.
     *
     * @return the version, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static String version() {
        return index().dataset.metadata().version();
    }

    /**
     * Returns the day up to which the data follows its sources: facts that changed later are not
     * in it. Parts of the data hold as of earlier dates, which their sources give (IOM's
     * membership: {@link #currentAsOf()}).
     *
     * @return the day, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static LocalDate asOf() {
        return index().dataset.metadata().asOf();
    }

    /**
     * Finds a bundled record by its kind and identifier, as a reference names it: an organisation
     * by id ({@code iom}), a state by id, which is its alpha-3 code ({@code CHE}), or by its alpha-2
     * code ({@code CH}), an objective by number ({@code "7"}), a guiding principle by letter, a
     * document by its id or its UN symbol. Identifiers are compared exactly, as references are.
     *
     * @param kind  the kind of record, not null
     * @param identifier  the identifier, not null
     * @return the record, or empty if the bundled data holds none of that kind with that identifier
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Optional<Object> record(RecordKind kind, String identifier) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        return Optional.ofNullable(index().records.get(kind).get(identifier));
    }

    /**
     * Returns every state of the data: the 193 UN Member States, the 2 non-member observer States
     * and the other members of IOM, in order of alpha-3 code.
     *
     * @return an unmodifiable list, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static List<State> states() {
        return index().states;
    }

    /**
     * Finds a state by its ISO 3166-1 alpha-2 or alpha-3 code, in any case.
     *
     * @param code  a code such as {@code CH}, {@code che}, not null
     * @return the state, or empty if the text is no code of a state of the data
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Optional<State> stateByCode(String code) {
        Objects.requireNonNull(code, "code");
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2,3}")) {
            return Optional.empty();
        }
        return state(CountryCode.parse(upper));
    }

    /**
     * Finds a state by its name in any of the six UN languages, or by its other (ISO) name, with
     * case, accents, apostrophes and spaces folded: {@code "cote d'ivoire"}, {@code "Côte d’Ivoire"}
     * and {@code "COTE D IVOIRE"} are not all alike, but the first two are.
     *
     * @param name  a name, such as {@code "Suisse"}, {@code "Швейцария"} or {@code "瑞士"}, not null
     * @return the state, or empty if no state has that name
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Optional<State> stateByName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(index().statesByName.get(fold(name)));
    }

    /**
     * Returns the General Assembly's recorded vote of 19 December 2018 on A/RES/73/195, which
     * adopted the Global Compact: 152 in favour, 5 against, 12 abstentions, 24 not voting, with each
     * Member State's vote.
     *
     * @return the vote, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static VoteEvent adoptionVote() {
        return index().adoptionVote;
    }

    /**
     * Tells how a state voted on A/RES/73/195 in the General Assembly's recorded vote.
     *
     * @param code  the state's alpha-2 or alpha-3 code, in any case, not null
     * @return the vote, or empty if the text names no state that was a UN Member State then
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Optional<VoteOption> voteOnGlobalCompact(String code) {
        return stateByCode(code).flatMap(state -> adoptionVote().voteOf(state.id()));
    }

    /** The form in which names are compared: no accents, lower case, one apostrophe, single spaces. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("'");
        folded = SPACES.matcher(folded.strip()).replaceAll(" ");
        return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Returns one GCM objective by its number.
     *
     * @param number  the number of the objective, 1 to 23
     * @return the objective, not null
     * @throws IllegalArgumentException if the number is not between 1 and 23
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static GcmObjective objective(int number) {
        if (number < FIRST_OBJECTIVE || number > LAST_OBJECTIVE) {
            throw new IllegalArgumentException("Invalid value for GCM objective number (valid values "
                    + FIRST_OBJECTIVE + " - " + LAST_OBJECTIVE + "): " + number);
        }
        return index().objectives.get(number - 1);
    }

    /**
     * Returns the 23 GCM objectives, in order of number.
     *
     * @return an unmodifiable list of 23 objectives, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static List<GcmObjective> objectives() {
        return index().objectives;
    }

    /**
     * Returns one guiding principle by its letter in paragraph 15 of the Global Compact.
     *
     * @param letter  the letter, {@code 'a'} to {@code 'j'}, in either case
     * @return the guiding principle, not null
     * @throws IllegalArgumentException if the letter is not between a and j
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static GuidingPrinciple guidingPrinciple(char letter) {
        char lower = Character.toLowerCase(letter);
        if (lower < 'a' || lower > 'j') {
            throw new IllegalArgumentException(
                    "Invalid value for guiding principle letter (valid values a - j): " + letter);
        }
        return index().guidingPrinciples.get(lower - 'a');
    }

    /**
     * Returns the 10 guiding principles, (a) to (j).
     *
     * @return an unmodifiable list of 10 guiding principles, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static List<GuidingPrinciple> guidingPrinciples() {
        return index().guidingPrinciples;
    }

    /**
     * Returns the International Organization for Migration: names, founding, headquarters, dated
     * figures such as its member-state counts over time, and its units.
     *
     * @return IOM, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Organisation iom() {
        return index().iom;
    }

    /**
     * Returns the member states of IOM as of {@link #currentAsOf()}, in order of ISO alpha-3 code.
     *
     * @return an unmodifiable list, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static List<State> memberStates() {
        return index().memberStates;
    }

    /**
     * Returns the observer states of IOM that a source identifies, in order of ISO alpha-3 code.
     *
     * <p>IOM counted 8 observer states in 2020; the sources name only some of them, and none
     * re-confirms their status after 2017. Former observers that became members are not included.
     *
     * @return an unmodifiable list, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static List<State> observerStates() {
        return index().observerStates;
    }

    /**
     * Finds a state of the data by its ISO 3166-1 code.
     *
     * @param code  an alpha-2 ({@code CH}), alpha-3 ({@code CHE}) or numeric ({@code 756}) code, not null
     * @return the state, or empty if the data holds no state with that code
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Optional<State> state(CountryCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(index().statesByCode.get(code));
    }

    /**
     * Finds the current IOM membership, as member or observer, of the state with this code: the
     * role, since when, and its sources.
     *
     * @param code  an alpha-2 or alpha-3 code, not null
     * @return the membership that has not ended, or empty if the data holds none for that state
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static Optional<Membership> iomMembership(CountryCode code) {
        return state(code).map(state -> index().currentMemberships.get(state.id()));
    }

    /**
     * Returns the UN General Assembly resolutions around the Global Compact, such as A/RES/73/195,
     * in order of symbol. Drafts and agreements are among {@link Dataset#documents()}.
     *
     * @return an unmodifiable list, not null
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static List<UnDocument> resolutions() {
        return index().resolutions;
    }

    private static Index index() {
        if (Holder.FAILURE != null) {
            throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.INDEX;
    }

    /** Initialization-on-demand holder: the JVM runs this initializer once, on first use, under its class-init lock. */
    private static final class Holder {
        static final Index INDEX;
        static final RuntimeException FAILURE;

        static {
            Index index = null;
            RuntimeException failure = null;
            try {
                index = loadIndex(RESOURCE);
            } catch (RuntimeException e) {
                failure = e;
            }
            INDEX = index;
            FAILURE = failure;
        }
    }

    /**
     * Reads a bundled dataset and builds its look-up tables.
     *
     * @throws IllegalStateException naming the resource, if it is missing, cannot be read as a
     *         dataset, or lacks what the look-ups need
     */
    static Index loadIndex(String resource) {
        Dataset dataset = load(resource);
        try {
            return new Index(dataset);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Bundled reference data " + resource + " is incomplete: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a bundled dataset.
     *
     * @throws IllegalStateException naming the resource, if it is missing or cannot be read as a dataset
     */
    static Dataset load(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled reference data " + resource + " not found: the jar is incomplete");
            }
            return GcmJson.standard().read(in, Dataset.class);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Bundled reference data " + resource + " cannot be read: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Bundled reference data " + resource + " is not a valid dataset: " + e.getMessage(), e);
        }
    }

    /** The dataset and the look-up tables built from it once. */
    static final class Index {
        final Dataset dataset;
        final List<GcmObjective> objectives;
        final List<GuidingPrinciple> guidingPrinciples;
        final Organisation iom;
        final PartialDate currentAsOf;
        final List<State> memberStates;
        final List<State> observerStates;
        final Map<CountryCode, State> statesByCode;
        final Map<String, Membership> currentMemberships;
        final List<UnDocument> resolutions;
        final List<State> states;
        final Map<String, State> statesByName;
        final Map<RecordKind, Map<String, Object>> records;
        final VoteEvent adoptionVote;

        Index(Dataset dataset) {
            this.dataset = dataset;
            this.objectives = sorted(dataset.objectives(), Comparator.comparingInt(GcmObjective::number));
            this.guidingPrinciples = sorted(dataset.guidingPrinciples(), Comparator.comparing(GuidingPrinciple::letter));
            this.iom = dataset.organisations().stream()
                    .filter(organisation -> organisation.id().equals(IOM_ID))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no organisation with id " + IOM_ID));
            this.currentAsOf = iom.figures().stream()
                    .filter(figure -> figure.kind() == FigureKind.MEMBER_STATES)
                    .map(DatedFigure::asOf)
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no member-state count for " + IOM_ID));
            Map<String, Membership> memberships = new HashMap<>();
            for (Membership membership : dataset.memberships()) {
                if (membership.organisationRef().equals(IOM_ID) && membership.endDate() == null
                        && memberships.put(membership.member().id(), membership) != null) {
                    throw new IllegalStateException("two current IOM memberships for " + membership.member().id());
                }
            }
            this.currentMemberships = Map.copyOf(memberships);
            Map<CountryCode, State> byCode = new HashMap<>();
            List<State> members = new ArrayList<>();
            List<State> observers = new ArrayList<>();
            for (State state : sorted(dataset.states(), Comparator.comparing(State::id))) {
                for (CountryCode code : new CountryCode[] {state.alpha2(), state.alpha3(), state.numeric()}) {
                    if (code != null && byCode.put(code, state) != null) {
                        throw new IllegalStateException("two states with code " + code);
                    }
                }
                Membership membership = memberships.get(state.id());
                if (membership != null && membership.role() == MembershipRole.MEMBER) {
                    members.add(state);
                } else if (membership != null && membership.role() == MembershipRole.OBSERVER) {
                    observers.add(state);
                }
            }
            this.statesByCode = Map.copyOf(byCode);
            this.memberStates = List.copyOf(members);
            this.observerStates = List.copyOf(observers);
            this.states = sorted(dataset.states(), Comparator.comparing(State::id));
            Map<String, State> byName = new HashMap<>();
            for (State state : states) {
                for (io.github.gcmdata.model.LocalizedText names : new io.github.gcmdata.model.LocalizedText[] {
                        state.name(), state.alternateName()}) {
                    if (names != null) {
                        names.asMap().values().forEach(name -> byName.putIfAbsent(fold(name), state));
                    }
                }
            }
            this.statesByName = Map.copyOf(byName);
            Map<RecordKind, Map<String, Object>> all = new EnumMap<>(RecordKind.class);
            for (RecordKind kind : RecordKind.values()) {
                Map<String, Object> byId = new HashMap<>();
                for (Object record : kind.records(dataset)) {
                    kind.identifiers(record).forEach(id -> byId.putIfAbsent(id, record));
                }
                all.put(kind, byId);
            }
            for (State state : states) {
                if (state.alpha2() != null) {
                    all.get(RecordKind.STATE).putIfAbsent(state.alpha2().code(), state);
                }
            }
            all.replaceAll((kind, byId) -> Map.copyOf(byId));
            this.records = all;
            this.adoptionVote = dataset.voteEvents().stream().filter(vote -> vote.id().equals(ADOPTION_VOTE_ID))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no vote event " + ADOPTION_VOTE_ID));
            this.resolutions = dataset.documents().stream()
                    .filter(document -> document.kind() == DocumentKind.RESOLUTION)
                    .sorted(Comparator.comparing(UnDocument::symbol))
                    .toList();
            checkComplete();
        }

        private void checkComplete() {
            for (int i = 0; i < objectives.size(); i++) {
                if (objectives.get(i).number() != i + 1) {
                    throw new IllegalStateException("objectives are not numbered 1 to 23");
                }
            }
            if (objectives.size() != LAST_OBJECTIVE) {
                throw new IllegalStateException("expected 23 objectives, found " + objectives.size());
            }
            for (int i = 0; i < guidingPrinciples.size(); i++) {
                if (!guidingPrinciples.get(i).letter().equals(String.valueOf((char) ('a' + i)))) {
                    throw new IllegalStateException("guiding principles are not lettered a to j");
                }
            }
            if (guidingPrinciples.size() != 10) {
                throw new IllegalStateException("expected 10 guiding principles, found " + guidingPrinciples.size());
            }
        }

        private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
            List<T> copy = new ArrayList<>(list);
            copy.sort(order);
            return List.copyOf(copy);
        }
    }
}
