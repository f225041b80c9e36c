package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of an organisation.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "intergovernmental"}.
 */
public enum OrganisationKind {
    /** An intergovernmental organisation such as IOM. */
    @JsonProperty("intergovernmental")
    INTERGOVERNMENTAL,
    /** A body, programme, fund, agency or office of the United Nations, such as UNDP or UNODC. */
    @JsonProperty("un_entity")
    UN_ENTITY,
    /** A government or one of its ministries, departments or agencies. */
    @JsonProperty("government_body")
    GOVERNMENT_BODY,
    /** A non-governmental or civil-society organisation. */
    @JsonProperty("civil_society")
    CIVIL_SOCIETY,
    /** A university, research institute or think tank. */
    @JsonProperty("academic")
    ACADEMIC,
    /** A foundation, such as the Friedrich-Ebert-Stiftung. */
    @JsonProperty("foundation")
    FOUNDATION,
    /** A company or business association. */
    @JsonProperty("private_sector")
    PRIVATE_SECTOR,
    /** A state-led dialogue on migration, such as the Abu Dhabi Dialogue. */
    @JsonProperty("inter_state_consultation_mechanism")
    INTER_STATE_CONSULTATION_MECHANISM,
    /** A network or initiative, such as the Migration Research Leaders Syndicate. */
    @JsonProperty("network_or_initiative")
    NETWORK_OR_INITIATIVE,
    /** Any other kind. */
    @JsonProperty("other")
    OTHER
}
