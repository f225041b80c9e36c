package io.github.gcmdata.testing;

import static io.github.gcmdata.testing.GcmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GcmAssertionsTest {

    private static final GcmValidator VALIDATOR = GcmValidator.create();

    private static ValidationReport report(Dataset dataset) {
        return VALIDATOR.validate(dataset);
    }

    @Test
    void sampleDatasetsBreakExactlyTheirOneRule() {
        assertThat(report(SampleDatasets.valid()).violations()).isEmpty();
        assertThat(report(SampleDatasets.wrongIsbnCheckDigit()).violations()).hasSize(1);
        assertThat(report(SampleDatasets.endBeforeStart()).violations()).hasSize(1);
        assertThat(report(SampleDatasets.danglingPersonRef()).violations()).hasSize(1);
    }

    @Nested
    class DatasetIsValid {

        @Test
        void passesOnValidDataset() {
            assertThat(SampleDatasets.valid()).isValid();
        }

        @Test
        void failsListingTheViolationPathFirst() {
            assertThatThrownBy(() -> assertThat(SampleDatasets.endBeforeStart()).isValid())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting dataset sample to be valid but found 1 violation:")
                    .hasMessageContaining("\n  /events/0/endDate  date.endBeforeStart  endDate: ")
                    .hasMessageContaining("2022-02-28")
                    .hasMessageContaining("2022-02-27");
        }

        @Test
        void failsListingEveryViolationOnePerLine() {
            Dataset twoProblems = Dataset.builder(SampleDatasets.endBeforeStart().metadata())
                    .events(SampleDatasets.endBeforeStart().events())
                    .publications(SampleDatasets.wrongIsbnCheckDigit().publications())
                    .build();
            assertThatThrownBy(() -> assertThat(twoProblems).isValid())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("found 3 violations:")
                    .hasMessageContaining("\n  " + SampleDatasets.END_DATE_PATH + "  date.endBeforeStart  ")
                    .hasMessageContaining("\n  " + SampleDatasets.PERSON_REF_PATH + "  reference.unresolved  ")
                    .hasMessageContaining("\n  " + SampleDatasets.ISBN_PATH + "  isbn.checksum  ");
        }

        @Test
        void failsOnNull() {
            assertThatThrownBy(() -> assertThat((Dataset) null).isValid())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting actual not to be null");
        }

        @Test
        void usesTheGivenValidator() {
            assertThatThrownBy(() -> assertThat(SampleDatasets.endBeforeStart())
                    .usingValidator(GcmValidator.create(Locale.FRENCH)).isValid())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("la fin ne devrait pas précéder le début");
        }

        @Test
        void keepsTheDescription() {
            assertThatThrownBy(() -> assertThat(SampleDatasets.endBeforeStart()).as("idm").isValid())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("[idm] ");
        }

        @Test
        void leadsToTheReport() {
            assertThat(SampleDatasets.danglingPersonRef()).validationReport()
                    .hasViolation(SampleDatasets.PERSON_REF_PATH, "reference.unresolved")
                    .hasViolationCount(1);
        }
    }

    @Nested
    class ReportIsValid {

        @Test
        void passesOnEmptyReport() {
            assertThat(report(SampleDatasets.valid())).isValid();
        }

        @Test
        void failsListingTheViolations() {
            assertThatThrownBy(() -> assertThat(report(SampleDatasets.wrongIsbnCheckDigit())).isValid())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting report to be valid but found 1 violation:")
                    .hasMessageContaining("\n  " + SampleDatasets.ISBN_PATH + "  isbn.checksum  ")
                    .hasMessageContaining("check digit should be 1, was 2 in 9789290687802");
        }
    }

    @Nested
    class HasViolation {

        @Test
        void passesWhenPathAndCodeMatch() {
            assertThat(report(SampleDatasets.wrongIsbnCheckDigit()))
                    .hasViolation(SampleDatasets.ISBN_PATH, "isbn.checksum");
            assertThat(report(SampleDatasets.endBeforeStart()))
                    .hasViolation(SampleDatasets.END_DATE_PATH, "date.endBeforeStart");
            assertThat(report(SampleDatasets.danglingPersonRef()))
                    .hasViolation(SampleDatasets.PERSON_REF_PATH, "reference.unresolved");
        }

        @Test
        void failsOnAnotherCodeAtThePath() {
            assertThatThrownBy(() -> assertThat(report(SampleDatasets.endBeforeStart()))
                    .hasViolation(SampleDatasets.END_DATE_PATH, "isbn.checksum"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting a violation isbn.checksum at /events/0/endDate but found 1 violation:")
                    .hasMessageContaining("\n  /events/0/endDate  date.endBeforeStart  ");
        }

        @Test
        void failsOnTheCodeAtAnotherPath() {
            assertThatThrownBy(() -> assertThat(report(SampleDatasets.endBeforeStart()))
                    .hasViolation("/events/0/startDate", "date.endBeforeStart"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("at /events/0/startDate but found 1 violation:");
        }

        @Test
        void failsOnValidReport() {
            assertThatThrownBy(() -> assertThat(report(SampleDatasets.valid()))
                    .hasViolation(SampleDatasets.ISBN_PATH, "isbn.checksum"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but found no violation");
        }
    }

    @Nested
    class HasNoViolationAt {

        @Test
        void passesWhenNothingIsAtThePath() {
            assertThat(report(SampleDatasets.endBeforeStart()))
                    .hasNoViolationAt("/events/0/startDate")
                    .hasNoViolationAt("/events/0");
        }

        @Test
        void failsListingWhatIsAtThePath() {
            assertThatThrownBy(() -> assertThat(report(SampleDatasets.danglingPersonRef()))
                    .hasNoViolationAt(SampleDatasets.PERSON_REF_PATH))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting no violation at " + SampleDatasets.PERSON_REF_PATH
                            + " but found 1 violation:")
                    .hasMessageContaining("reference.unresolved")
                    .hasMessageContaining("nobody");
        }
    }

    @Nested
    class HasViolationCount {

        @Test
        void passesOnTheRightCount() {
            assertThat(report(SampleDatasets.valid())).hasViolationCount(0);
            assertThat(report(SampleDatasets.endBeforeStart())).hasViolationCount(1);
        }

        @Test
        void failsOnAnotherCount() {
            assertThatThrownBy(() -> assertThat(report(SampleDatasets.endBeforeStart())).hasViolationCount(2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting 2 violations but found 1 violation:")
                    .hasMessageContaining("date.endBeforeStart");
        }
    }

    @Test
    void percentSignsInMessagesArePrintedAsIs() {
        assertThatThrownBy(() -> assertThat(report(SampleDatasets.valid())).hasViolation("/a%s%d", "x"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at /a%s%d but");
    }
}
