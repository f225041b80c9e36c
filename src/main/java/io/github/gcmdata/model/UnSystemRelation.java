package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How an organisation stands to the United Nations system.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "un_entity"}.
 */
public enum UnSystemRelation {
    /** Part of the United Nations itself: an organ, the Secretariat, a fund, programme or office. */
    @JsonProperty("un_entity")
    UN_ENTITY,
    /** A specialized agency, bound by an agreement under Articles 57 and 63 of the Charter. */
    @JsonProperty("specialized_agency")
    SPECIALIZED_AGENCY,
    /** A related organization, such as IOM since its 2016 agreement with the United Nations. */
    @JsonProperty("related_organization")
    RELATED_ORGANIZATION,
    /** An observer at the General Assembly, outside the system. */
    @JsonProperty("observer")
    OBSERVER,
    /** No formal relation. */
    @JsonProperty("outside")
    OUTSIDE
}
