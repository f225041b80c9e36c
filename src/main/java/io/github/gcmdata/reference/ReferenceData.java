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
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference data shipped inside this library: the 23 GCM objectives, the 10 guiding
 * principles, the International Organization for Migration (IOM) with its member and observer
 * states, the UN documents around the Global Compact and the International Dialogue on Migration
 * series.
 *
 * <pre>{@code
 * GcmObjective data = ReferenceData.objective(1);
 * data.name().get(LanguageTag.FRENCH);          // "Collecter et utiliser des données précises ..."
 * data.reference().paragraph();                 // "17", in the annex of A/RES/73/195
 *
 * ReferenceData.memberStates().size();          // 175, as of ReferenceData.currentAsOf(): 2023-10
 * ReferenceData.state(CountryCode.parse("CH")); // Optional[State[id=CHE, ...]]
 * }</pre>
 *
 * <p><b>Sourced, and honest about gaps.</b> Every record names its sources. A value that no source
 * showed is left out, and the source note of its record says {@code UNVERIFIED}: the French title
 * of objective 18 and the Spanish titles of objectives 3, 15, 16, 17 and 23 are missing for that
 * reason, and state names are in English only. The dataset's metadata describes these limits.
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
     * Finds a member or observer state of IOM by its ISO 3166-1 code.
     *
     * @param code  an alpha-2 ({@code CH}) or alpha-3 ({@code CHE}) code, not null; the data holds
     *              no numeric codes, so a numeric code finds nothing
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
