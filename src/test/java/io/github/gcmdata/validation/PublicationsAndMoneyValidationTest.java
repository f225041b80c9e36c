package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of format 0.2's money, grants, projects, documents without a UN symbol and publication
 * fields, through a real validator on the fixture of four fit pages, one change at a time.
 */
class PublicationsAndMoneyValidationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/io/github/gcmdata/format-0.2/publications-and-money.json");
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final GcmValidator VALIDATOR = GcmValidator.create().withClock(NOVEMBER_2026);
    private static final GcmJson JSON = GcmJson.standard();

    private static String fixture() {
        try {
            return Files.readString(FIXTURE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with one change made to its JSON tree. */
    private static Dataset changed(Consumer<ObjectNode> change) {
        ObjectNode tree = JSON.read(fixture(), ObjectNode.class);
        change.accept(tree);
        return JSON.readDataset(JSON.write(tree));
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void theFixtureIsValid() {
        assertThat(VALIDATOR.validate(JSON.readDataset(FIXTURE)).violations()).isEmpty();
    }

    @Nested
    class Money {

        @Test
        void aCurrencyIsoDoesNotAssignIsReportedInEachLanguage() {
            Dataset dataset = changed(tree -> at(tree, "/grants/0/amount").put("currency", "xyz"));

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(tuple("/grants/0/amount/currency", "currency.unassigned", "XYZ"));
            assertThat(GcmValidator.create(Locale.FRENCH).withClock(NOVEMBER_2026).validate(dataset).violations().get(0).message())
                    .contains("XYZ n’est pas un code de monnaie attribué par l’ISO 4217");
            assertThat(GcmValidator.create(Locale.forLanguageTag("es")).withClock(NOVEMBER_2026).validate(dataset)
                    .violations().get(0).message()).contains("XYZ no es un código de moneda asignado por la ISO 4217");
        }

        @Test
        void aPrintedCurrencyIsARefusedReadingThatNamesWhere() {
            String json = fixture().replace("\"currency\": \"USD\"\n      },\n      \"date\"", "\"currency\": \"US$\"\n      },\n      \"date\"");
            assertThat(json).contains("US$");

            assertThatThrownBy(() -> JSON.readDataset(json)).isInstanceOfSatisfying(GcmJsonException.class,
                    error -> assertThat(error.jsonPointer()).isEqualTo("/grants/0/amount/currency"));
        }

        @Test
        void aNegativeAmountIsReported() {
            Dataset dataset = changed(tree -> at(tree, "/projects/0/budget").put("value", new BigDecimal("-32000.00")));

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/projects/0/budget/value", "amount.negative"));
        }

        @Test
        void anAmountKeepsItsScaleAndAWholeNumberIsRead() {
            Dataset dataset = JSON.readDataset(FIXTURE);

            assertThat(dataset.projects().get(0).budget().value()).isEqualTo(new BigDecimal("32000.00"));
            assertThat(dataset.grants().get(0).amount().value()).isEqualTo(new BigDecimal("2500000"));
            assertThat(JSON.write(dataset)).contains("\"value\":32000.00").contains("\"value\":2500000");
        }

        @Test
        void aHugeExponentIsReadAndValidatedWithoutExpandingIt() {
            String json = fixture().replace("\"value\": 2500000", "\"value\": 1e999999999");
            assertThat(json).contains("1e999999999");

            Dataset dataset = JSON.readDataset(json);

            assertThat(dataset.grants().get(0).amount().value().scale()).isEqualTo(-999_999_999);
            assertThat(VALIDATOR.validate(dataset).violations()).isEmpty();
        }
    }

    @Nested
    class Documents {

        @Test
        void aDocumentWithNeitherIdNorSymbolIsUnidentified() {
            Dataset dataset = changed(tree -> at(tree, "/documents/1").remove("id"));

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/documents/1/id", "document.unidentified"),
                            tuple("/grants/0/relations/0/target/id", "reference.unresolved"));
        }

        @Test
        void aCitationWithNeitherSymbolNorDocumentRefIsUnidentified() {
            Dataset dataset = changed(tree -> at(tree, "/publications/0/citations/0").remove("documentRef"));

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/publications/0/citations/0/symbol", "document.unidentified"));
        }

        @Test
        void aDocumentRefIsResolvedAndASymbolNeedNotBe() {
            Dataset unresolved = changed(tree -> at(tree, "/publications/0/citations/0").put("documentRef", "un-youth-strategy"));
            Dataset bySymbol = changed(tree -> {
                at(tree, "/publications/0/citations/0").remove("documentRef");
                at(tree, "/publications/0/citations/0").put("symbol", "A/RES/70/1");
            });

            assertThat(VALIDATOR.validate(unresolved).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(tuple("/publications/0/citations/0/documentRef", "reference.unresolved", "un-youth-strategy"));
            assertThat(VALIDATOR.validate(bySymbol).violations()).isEmpty();
        }

        @Test
        void aReferenceMayNameADocumentByItsSymbolOrItsId() {
            Dataset dataset = changed(tree -> at(tree, "/publications/0/about/0").put("id", "A/RES/73/195"));

            assertThat(VALIDATOR.validate(dataset).violations()).isEmpty();
        }

        @Test
        void anIdUsedByTwoDocumentsIsADuplicate() {
            Dataset dataset = changed(tree -> at(tree, "/documents/1").put("id", "gcm"));

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(tuple("/documents/1/id", "id.duplicate", "gcm"),
                            tuple("/grants/0/relations/0/target/id", "reference.unresolved", "us-letter-2012-03-01"));
        }
    }

    @Nested
    class PublicationsGrantsAndProjects {

        @Test
        void aCopyrightYearOrAnUploadInTheFutureIsReported() {
            Dataset dataset = changed(tree -> {
                at(tree, "/publications/1").put("copyrightYear", 2027);
                at(tree, "/publications/0/editions/0").put("uploadDate", "2027-01");
            });

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactlyInAnyOrder(tuple("/publications/1/copyrightYear", "publication.yearInFuture"),
                            tuple("/publications/0/editions/0/uploadDate", "publication.yearInFuture"));
        }

        @Test
        void aProjectThatEndsBeforeItStartsIsReported() {
            Dataset dataset = changed(tree -> at(tree, "/projects/0").put("endDate", "2000"));

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::code).containsExactly("date.endBeforeStart");
        }

        @Test
        void aGrantsFunderAndFundedItemsAreResolved() {
            Dataset dataset = changed(tree -> {
                at(tree, "/grants/0/funder").put("id", "che");
                at(tree, "/grants/0/fundedItems/0").put("kind", "project");
            });

            assertThat(VALIDATOR.withReferenceData(false).validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactlyInAnyOrder(tuple("/grants/0/funder/id", "reference.unresolved", "che"),
                            tuple("/grants/0/fundedItems/0/id", "reference.unresolved", "mefm"));
        }

        @Test
        void aChapterPartOfAGrantIsNotAllowed() {
            Dataset dataset = changed(tree -> {
                at(tree, "/publications/2/relations/0/target").put("kind", "grant");
                at(tree, "/publications/2/relations/0/target").put("id", "usa-mefm-2012");
            });

            assertThat(VALIDATOR.validate(dataset).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/publications/2/relations/0/target/kind", "relation.targetKind"));
        }
    }
}
