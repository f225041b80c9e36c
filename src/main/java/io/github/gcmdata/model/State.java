package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.AssignedCountryCode;
import io.github.gcmdata.constraints.ConsistentCountryCodes;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A state, with its ISO 3166-1 codes and its name in several languages.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the state, unique among the dataset's states, not null
 * @param name  the short name, such as the UN's official short name in each language, not null
 * @param alternateName  another name in each language where it differs from {@code name}, such as
 *     the ISO 3166-1 name "Korea, Republic of" beside the UN's "Republic of Korea", or null
 * @param alpha2  the ISO 3166-1 alpha-2 code, or null
 * @param alpha3  the ISO 3166-1 alpha-3 code, or null
 * @param numeric  the ISO 3166-1 numeric code (UN M49), or null
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@ConsistentCountryCodes
public record State(
        @JsonProperty(required = true) @RecordId @ValidId String id,
        @JsonProperty(required = true) @ValidText(required = true) LocalizedText name,
        @ValidText LocalizedText alternateName,
        @AssignedCountryCode(forms = CountryCode.Form.ALPHA_2) CountryCode alpha2,
        @AssignedCountryCode(forms = CountryCode.Form.ALPHA_3) CountryCode alpha3,
        @AssignedCountryCode(forms = CountryCode.Form.NUMERIC) CountryCode numeric,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the state, unique among the dataset's states, not null
     * @param name  the short name, such as the UN's official short name in each language, not null
     * @param alternateName  another name in each language where it differs from {@code name}, or null
     * @param alpha2  the ISO 3166-1 alpha-2 code, or null
     * @param alpha3  the ISO 3166-1 alpha-3 code, or null
     * @param numeric  the ISO 3166-1 numeric code (UN M49), or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public State {
        Components.required(id, "id");
        Components.required(name, "name");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Obtains a state without an alternate name: the components of the first format.
     *
     * @param id  the identifier of the state, unique among the dataset's states, not null
     * @param name  the short name in each language, not null
     * @param alpha2  the ISO 3166-1 alpha-2 code, or null
     * @param alpha3  the ISO 3166-1 alpha-3 code, or null
     * @param numeric  the ISO 3166-1 numeric code (UN M49), or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public State(String id, LocalizedText name, CountryCode alpha2, CountryCode alpha3, CountryCode numeric,
            List<Source> sources) {
        this(id, name, null, alpha2, alpha3, numeric, sources);
    }

    /**
     * Starts building a {@code State} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the state, unique among the dataset's states, not null
     * @param name  the short name, such as the UN's official short name in each language, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name) {
        return new Builder().id(id).name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * State withNumeric = switzerland.toBuilder().numeric(CountryCode.parse("756")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code State} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * State switzerland = State.builder("ch", LocalizedText.of("en", "Switzerland"))
     *         .alpha2(CountryCode.parse("CH"))
     *         .alpha3(CountryCode.parse("CHE"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends StateBuilderBase {
        private Builder() {
        }
    }
}
