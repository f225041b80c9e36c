package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A category of people an event is for or gathers, as pages list them ("governments, civil
 * society, academia, ..."): schema.org's {@code Audience.audienceType}. Categories, not agents:
 * a named organisation or state that attends is a participant.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "civil_society"}.
 */
public enum AudienceType {
    /** Governments and their officials. */
    @JsonProperty("governments")
    GOVERNMENTS,
    /** Members of parliament. */
    @JsonProperty("parliamentarians")
    PARLIAMENTARIANS,
    /** Local and regional authorities, such as mayors. */
    @JsonProperty("local_authorities")
    LOCAL_AUTHORITIES,
    /** Entities of the United Nations system. */
    @JsonProperty("un_entities")
    UN_ENTITIES,
    /** International and regional organisations. */
    @JsonProperty("international_organisations")
    INTERNATIONAL_ORGANISATIONS,
    /** Civil society and non-governmental organisations. */
    @JsonProperty("civil_society")
    CIVIL_SOCIETY,
    /** Migrants and migrant associations. */
    @JsonProperty("migrants")
    MIGRANTS,
    /** Diaspora communities and their associations. */
    @JsonProperty("diaspora")
    DIASPORA,
    /** Young people and youth organisations. */
    @JsonProperty("youth")
    YOUTH,
    /** The private sector. */
    @JsonProperty("private_sector")
    PRIVATE_SECTOR,
    /** Trade unions. */
    @JsonProperty("trade_unions")
    TRADE_UNIONS,
    /** Academia and research. */
    @JsonProperty("academia")
    ACADEMIA,
    /** The media. */
    @JsonProperty("media")
    MEDIA,
    /** National human rights institutions. */
    @JsonProperty("national_human_rights_institutions")
    NATIONAL_HUMAN_RIGHTS_INSTITUTIONS,
    /** Faith-based organisations. */
    @JsonProperty("faith_based_organisations")
    FAITH_BASED_ORGANISATIONS,
    /** The general public. */
    @JsonProperty("general_public")
    GENERAL_PUBLIC,
    /** Another category, which the event's {@code audienceAsPrinted} may name. */
    @JsonProperty("other")
    OTHER
}
