package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.
 *
 * <p>Each title may come from a source of its own: the English title from the resolution's
 * official text, a Spanish one from a secondary source. A source says which titles it supports
 * ({@link Source#supports()}, such as {@code /name/es}) and its {@link Source#standing()};
 * {@link #nameSources(LanguageTag)} finds them.
 *
 * <pre>{@code
 * GcmObjective objective = ReferenceData.objective(18);
 * objective.name().get(LanguageTag.FRENCH);                  // "Investir dans le perfectionnement ..."
 * objective.nameSources(LanguageTag.FRENCH).get(0).standing(); // SECONDARY
 * }</pre>
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param number  the number, 1 to 23
 * @param name  the title in each language, not null
 * @param shortName  a short label, such as "Data", or null
 * @param reference  where it stands in resolution A/RES/73/195, or null
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GcmObjective(
        @JsonProperty(required = true) @RecordId @ObjectiveNumber int number,
        @JsonProperty(required = true) @ValidText(required = true) LocalizedText name,
        @ValidText LocalizedText shortName,
        @Valid DocumentReference reference,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param number  the number, 1 to 23
     * @param name  the title in each language, not null
     * @param shortName  a short label, such as "Data", or null
     * @param reference  where it stands in resolution A/RES/73/195, or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public GcmObjective {
        Components.required(name, "name");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Returns the sources that support the title in exactly one language: those whose
     * {@link Source#supports()} name {@code /name/<tag>} or {@code /name}.
     *
     * @param language  the language of the title, not null
     * @return the sources, in the order of {@link #sources()}, unmodifiable, not null
     */
    public List<Source> nameSources(LanguageTag language) {
        String pointer = "/name/" + language.tag();
        return sources.stream().filter(source -> source.supportsValueAt(pointer)).toList();
    }

    /**
     * Starts building a {@code GcmObjective} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param number  the number, 1 to 23
     * @param name  the title in each language, not null
     * @return a new builder, not null
     */
    public static Builder builder(int number, LocalizedText name) {
        return new Builder().number(number).name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * GcmObjective cited = data.toBuilder()
     *         .reference(new DocumentReference(UnDocumentSymbol.parse("A/RES/73/195"), "17", null))
     *         .build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code GcmObjective} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * GcmObjective data = GcmObjective.builder(1, LocalizedText.of("en", "Collect and utilize accurate and "
     *                 + "disaggregated data as a basis for evidence-based policies"))
     *         .shortName(LocalizedText.of("en", "Data"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends GcmObjectiveBuilderBase {
        private Builder() {
        }
    }
}
