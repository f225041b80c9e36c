package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.FactTable.Fact;
import io.github.gcmdata.FactTable.Home;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fit corpus: real public pages (IOM publication records, IDM agendas, press releases, GCM
 * events and reports), each encoded as a dataset ({@code src/test/resources/fit/NN-name.json}) with
 * a table of its facts ({@code NN-name.facts.csv}, see {@link FactTable}). Every dataset reads and
 * validates clean, every record names the page and the day it was read, and every fact is where
 * its table says. The share of facts in typed fields, per page and overall, is printed and written
 * to {@code target/fit-corpus.md}.
 */
class FitCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/fit");
    private static final Path REPORT = Path.of("target/fit-corpus.md");
    private static final double TARGET_SHARE = 0.90;
    private static final GcmJson JSON = GcmJson.standard();
    private static final GcmValidator VALIDATOR = GcmValidator.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One page of the corpus: its dataset and its fact table. */
    record Page(String name, Path dataset, Path facts) {

        JsonNode tree() {
            return MAPPER.readTree(dataset.toFile());
        }

        FactTable table() {
            try {
                return FactTable.parse(facts.getFileName().toString(), Files.readString(facts, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Page> pages() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .map(name -> new Page(name, CORPUS.resolve(name + ".json"), CORPUS.resolve(name + ".facts.csv")))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHoldsAtLeastTenPagesEachWithItsFactTable() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.map(file -> file.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        List<String> expected = pages().stream()
                .flatMap(page -> Stream.of(page.name() + ".facts.csv", page.name() + ".json"))
                .sorted().collect(Collectors.toList());

        assertThat(pages()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(files).as("every dataset NN-name.json with its NN-name.facts.csv, and nothing else")
                .containsExactlyElementsOf(expected);
        assertThat(pages()).allSatisfy(page -> assertThat(page.name()).matches("[0-9]{2}-[a-z0-9-]+"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theDatasetReadsAndValidatesClean(Page page) {
        ValidationReport report = VALIDATOR.validate(JSON.readDataset(page.dataset()));

        assertThat(report.violations()).as(report.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyRecordNamesThePageAndTheDayItWasRead(Page page) {
        JsonNode dataset = page.tree();
        JsonNode metadata = dataset.get("metadata");
        JsonNode pageSource = metadata.path("sources").path(0);
        String address = pageSource.path("url").asString("");
        String accessed = pageSource.path("accessed").asString("");

        assertThat(address).as("the first source of the metadata is the page").startsWith("http");
        assertThat(accessed).as("the day the page was read").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(metadata.path("description").path("en").asString(""))
                .as("the description names the page's errors and the readings of its ambiguities").isNotBlank();
        List<String> unsourced = new ArrayList<>();
        for (String property : dataset.propertyNames()) {
            if (property.equals("metadata")) {
                continue;
            }
            JsonNode records = dataset.get(property);
            for (int i = 0; i < records.size(); i++) {
                boolean namesThePage = records.get(i).path("sources").values().stream().anyMatch(source ->
                        source.path("url").asString("").equals(address) && source.path("accessed").asString("").equals(accessed));
                if (!namesThePage) {
                    unsourced.add("/" + property + "/" + i);
                }
            }
        }
        assertThat(unsourced).as("records without a source that names %s, read %s", address, accessed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyFactIsWhereItsTableSays(Page page) {
        assertThat(page.table().problems(page.tree(), JSON, VALIDATOR)).isEmpty();
    }

    @Test
    void theShareOfFactsInTypedFieldsIsReportedAndReachesTheTargetOnceNothingIsPlanned() throws IOException {
        List<Page> pages = pages();
        Map<Home, Long> total = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        report.append("# Fit corpus: facts of real pages in typed fields\n\n")
                .append("Share = typed / (typed + text + planned); refused, unstated and narrative facts are not counted.\n\n")
                .append("| page | facts | typed | text | planned | refused | unstated | narrative | share |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<String>> planned = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (Page page : pages) {
            FactTable table = page.table();
            Map<Home, Long> counts = table.counts();
            counts.forEach((home, count) -> total.merge(home, count, Long::sum));
            report.append(row(page.name(), table.facts().size(), counts));
            JsonNode tree = page.tree();
            for (Fact fact : table.facts()) {
                if (fact.home() == Home.PLANNED) {
                    planned.computeIfAbsent(fact.target(), field -> new ArrayList<>()).add(page.name().substring(0, 2));
                } else if (fact.home() == Home.REFUSED) {
                    FactTable.Refusal refusal = FactTable.refusal(tree, fact, JSON, VALIDATOR);
                    refused.add("| " + page.name() + " | " + fact.number() + " | `" + fact.value().replace("|", "\\|") + "` | "
                            + (refusal.refusedBy() == null ? "not refused: " + refusal.problem() : refusal.refusedBy()) + " | "
                            + fact.note().replace("|", "\\|") + " |\n");
                }
            }
        }
        long facts = total.values().stream().mapToLong(Long::longValue).sum();
        report.append(row("**all " + pages.size() + " pages**", facts, total));
        report.append("\n## Planned fields of the second edition\n\n| field | facts | pages |\n|---|---|---|\n");
        planned.forEach((field, onPages) -> report.append("| ").append(field).append(" | ").append(onPages.size())
                .append(" | ").append(String.join(", ", new TreeSet<>(onPages))).append(" |\n"));
        report.append("\n## Values refused as printed\n\n| page | fact | as printed | refused by | note |\n|---|---|---|---|---|\n");
        refused.forEach(report::append);

        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);

        long stillPlanned = total.getOrDefault(Home.PLANNED, 0L);
        if (stillPlanned == 0) {
            assertThat(share(total)).as("share of facts in typed fields, overall").isGreaterThanOrEqualTo(TARGET_SHARE);
        }
        assertThat(facts).isPositive();
    }

    private static String row(String page, long facts, Map<Home, Long> counts) {
        StringBuilder row = new StringBuilder("| ").append(page).append(" | ").append(facts);
        for (Home home : Home.values()) {
            row.append(" | ").append(counts.getOrDefault(home, 0L));
        }
        return row.append(" | ").append(String.format(Locale.ROOT, "%.1f %%", 100 * share(counts))).append(" |\n").toString();
    }

    /** typed / (typed + text + planned). */
    private static double share(Map<Home, Long> counts) {
        long counted = 0;
        for (Home home : Home.values()) {
            if (home.counted()) {
                counted += counts.getOrDefault(home, 0L);
            }
        }
        return counted == 0 ? 0 : (double) counts.getOrDefault(Home.TYPED, 0L) / counted;
    }
}
