package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Money given by a funder (schema.org {@code MonetaryGrant}): a state's contribution to a fund, a
 * fund's support of a project, a foundation's support of a publication. A grant whose amount the
 * source does not state ("with the generous support of") has none.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the grant, unique among the dataset's grants, not null
 * @param funder  who gives the money, not null
 * @param recipient  who receives it, or null
 * @param fundedItems  what it pays for: a project, an event, a publication, a fund (schema.org {@code fundedItem})
 * @param amount  how much, or null where the source does not say
 * @param date  when it was committed or announced, or null
 * @param description  a description, or null
 * @param relations  how it relates to other records, such as the letter or decision it was {@code decided_at}
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonetaryGrant(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @Valid AgentRef funder,
        @Valid AgentRef recipient,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid RecordRef> fundedItems,
        @Valid MonetaryAmount amount,
        @NotInFuture PartialDate date,
        @NonBlankText LocalizedText description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the grant, unique among the dataset's grants, not null
     * @param funder  who gives the money, not null
     * @param recipient  who receives it, or null
     * @param fundedItems  what it pays for: a project, an event, a publication, a fund (schema.org {@code fundedItem})
     * @param amount  how much, or null where the source does not say
     * @param date  when it was committed or announced, or null
     * @param description  a description, or null
     * @param relations  how it relates to other records, such as the letter or decision it was {@code decided_at}
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public MonetaryGrant {
        Components.required(id, "id");
        Components.required(funder, "funder");
        fundedItems = Components.copy(fundedItems, "fundedItems");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code MonetaryGrant} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the grant, unique among the dataset's grants, not null
     * @param funder  who gives the money, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, AgentRef funder) {
        return new Builder().id(id).funder(funder);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * MonetaryGrant dated = contribution.toBuilder().date(PartialDate.parse("2012-03-01")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code MonetaryGrant} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * MonetaryGrant contribution = MonetaryGrant.builder("usa-mefm-2012", AgentRef.state("USA"))
     *         .recipient(AgentRef.organisation("mefm"))
     *         .amount(MonetaryAmount.of(new BigDecimal("2500000"), CurrencyCode.parse("USD")))
     *         .date(PartialDate.parse("2012-03-01"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends MonetaryGrantBuilderBase {
        private Builder() {
        }
    }
}
