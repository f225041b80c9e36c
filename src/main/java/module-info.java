/**
 * GCM reference data: immutable records, identifiers, lossless JSON and validation.
 *
 * <p>Exported: {@code io.github.gcmdata.model} (the records), {@code io.github.gcmdata.identifier}
 * (identifier value types), {@code io.github.gcmdata.json} ({@code GcmJson}),
 * {@code io.github.gcmdata.constraints} (the constraint annotations on the records),
 * {@code io.github.gcmdata.validation} ({@code GcmValidator}), {@code io.github.gcmdata.testing}
 * ({@code GcmAssertions}, which needs the optional AssertJ), {@code io.github.gcmdata.reference}
 * ({@code ReferenceData}, the data bundled in the jar, which it reads from its own module, so the
 * resource's package needs no {@code opens}) and {@code io.github.gcmdata.schema}
 * ({@code JsonSchemas}, the bundled JSON Schemas, read the same way), {@code io.github.gcmdata.diff}
 * ({@code DatasetDiff}, what changed between two datasets). The command-line validator,
 * {@code io.github.gcmdata.cli.Main}, is not exported and needs the optional picocli (on the module
 * path: {@code --add-modules info.picocli}). Everything else is internal. The validators of the
 * constraints are exported only to Hibernate Validator, which instantiates them, and provided as
 * {@code jakarta.validation.ConstraintValidator} services, which is how it finds them. The record
 * packages are opened to Hibernate Validator, which reads fields reflectively, and to Jackson 3,
 * whose record support reads them too.
 */
// libphonenumber is an automatic module (Automatic-Module-Name
// com.google.i18n.phonenumbers.libphonenumber, no module-info): the requires-automatic lint warns
// about every such requires, and -Werror would stop the build. Suppressed here only, knowingly:
// the name is the one Google declares in the manifest, so it is stable.
@SuppressWarnings("requires-automatic")
module io.github.gcmdata {
    requires transitive com.fasterxml.jackson.annotation;
    requires tools.jackson.databind;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.google.i18n.phonenumbers.libphonenumber;
    // Optional: only io.github.gcmdata.testing uses AssertJ. Not transitive: javac resolves a
    // "requires static transitive" module for every module that reads this one, so a user's module
    // without AssertJ would not compile ("module not found: org.assertj.core"). A user of
    // GcmAssertions requires org.assertj.core, whose assertThat it uses beside ours anyway.
    requires static org.assertj.core;
    // Optional: only the command-line validator uses picocli, which reads its options reflectively.
    requires static info.picocli;
    // The command line quiets Hibernate Validator's start-up log line through java.util.logging.
    requires java.logging;

    exports io.github.gcmdata.model;
    exports io.github.gcmdata.identifier;
    exports io.github.gcmdata.json;
    exports io.github.gcmdata.reference;
    exports io.github.gcmdata.diff;
    exports io.github.gcmdata.schema;
    exports io.github.gcmdata.constraints;
    exports io.github.gcmdata.validation;
    exports io.github.gcmdata.testing;
    exports io.github.gcmdata.jsonld;
    exports io.github.gcmdata.icalendar;
    exports io.github.gcmdata.citation;
    exports io.github.gcmdata.validation.internal to org.hibernate.validator;

    opens io.github.gcmdata.model to tools.jackson.databind, org.hibernate.validator;
    opens io.github.gcmdata.identifier to tools.jackson.databind, org.hibernate.validator;
    opens io.github.gcmdata.cli to info.picocli;

    provides jakarta.validation.ConstraintValidator with
            io.github.gcmdata.validation.internal.AllowedTargetKindValidator,
            io.github.gcmdata.validation.internal.AgendaItemChronologyValidator,
            io.github.gcmdata.validation.internal.AgendaWithinEventValidator,
            io.github.gcmdata.validation.internal.BothTimesOrNeitherValidator,
            io.github.gcmdata.validation.internal.ConsistentCountryCodesValidator,
            io.github.gcmdata.validation.internal.CountryCodeValidator,
            io.github.gcmdata.validation.internal.CountsMatchVotesValidator,
            io.github.gcmdata.validation.internal.CurrencyCodeValidator,
            io.github.gcmdata.validation.internal.EmailValidator,
            io.github.gcmdata.validation.internal.EventChronologyValidator,
            io.github.gcmdata.validation.internal.EventZoneWhenTimedValidator,
            io.github.gcmdata.validation.internal.IdValidator,
            io.github.gcmdata.validation.internal.IdentifiedDocumentReferenceValidator,
            io.github.gcmdata.validation.internal.IdentifiedDocumentValidator,
            io.github.gcmdata.validation.internal.IsbnValidator,
            io.github.gcmdata.validation.internal.IssnValidator,
            io.github.gcmdata.validation.internal.LanguageValidator,
            io.github.gcmdata.validation.internal.LocalizedTextValidator,
            io.github.gcmdata.validation.internal.MembershipChronologyValidator,
            io.github.gcmdata.validation.internal.NamedSeriesValidator,
            io.github.gcmdata.validation.internal.NoOverlappingItemsValidator,
            io.github.gcmdata.validation.internal.NotInFutureValidator,
            io.github.gcmdata.validation.internal.NotInFutureYearValidator,
            io.github.gcmdata.validation.internal.ObjectiveNumberValidator,
            io.github.gcmdata.validation.internal.OneParticipationPerRoleValidator,
            io.github.gcmdata.validation.internal.OneVotePerVoterValidator,
            io.github.gcmdata.validation.internal.PanellistsWithinParticipantsValidator,
            io.github.gcmdata.validation.internal.PhoneNumberValidator,
            io.github.gcmdata.validation.internal.PlaceWhenInPersonValidator,
            io.github.gcmdata.validation.internal.PositionChronologyValidator,
            io.github.gcmdata.validation.internal.ProjectChronologyValidator,
            io.github.gcmdata.validation.internal.ReachableContactPointValidator,
            io.github.gcmdata.validation.internal.RegistrationZoneWhenTimedValidator,
            io.github.gcmdata.validation.internal.TableOfContentsDepthValidator,
            io.github.gcmdata.validation.internal.TextValidator,
            io.github.gcmdata.validation.internal.TimeZoneValidator,
            io.github.gcmdata.validation.internal.UnknownEndDateAbsentValidator,
            io.github.gcmdata.validation.internal.WebUrlValidator;
}
