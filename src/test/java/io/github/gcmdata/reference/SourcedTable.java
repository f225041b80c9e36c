package io.github.gcmdata.reference;

import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.SourceStanding;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One CSV table of {@code src/data/reference}: a header, then one row per fact with its source.
 *
 * <p>Every cell is text as the table holds it, characters kept (an empty cell is absent). A source
 * is a group of columns {@code <prefix>url, title, note, accessed, standing, supports}, with the
 * prefixes {@code source_} and {@code source2_}. A value that cannot be read fails with the table,
 * the row (counted from the header, row 1) and the column.
 */
final class SourcedTable {

    /** The prefixes of the source groups a row may have, in order. */
    private static final List<String> SOURCE_GROUPS = List.of("source_", "source2_");

    private final String name;
    private final List<Row> rows;

    private SourcedTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    static SourcedTable read(Path file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> iterator = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            List<Row> rows = new ArrayList<>();
            int record = 1;
            while (iterator.hasNextValue()) {
                record++;
                rows.add(new Row(name, record, iterator.nextValue()));
            }
            return new SourcedTable(name, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    /** One row: its cells by column, and where it is, for messages. */
    static final class Row {
        private final String table;
        private final int row;
        private final Map<String, String> cells;

        Row(String table, int row, Map<String, String> cells) {
            this.table = table;
            this.row = row;
            this.cells = cells;
        }

        /** Tells whether the table has the column. */
        boolean has(String column) {
            return cells.containsKey(column);
        }

        /** The cell's text, or null if it is empty. */
        String get(String column) {
            if (!cells.containsKey(column)) {
                throw problem(column, "the table has no such column");
            }
            String value = cells.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = get(column);
            if (value == null) {
                throw problem(column, "required, was empty");
            }
            return value;
        }

        /** The cell read by a parser, or null if it is empty; a parser's exception names the place. */
        <T> T get(String column, Function<String, T> parser) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                throw problem(column, "cannot read '" + value + "': " + e.getMessage());
            }
        }

        <T> T required(String column, Function<String, T> parser) {
            required(column);
            return get(column, parser);
        }

        /** The cell split at ';', empty for an empty cell. */
        List<String> list(String column) {
            String value = get(column);
            return value == null ? List.of() : Arrays.asList(value.split(";"));
        }

        /** The sources the row's source groups give, in order. */
        List<Source> sources() {
            List<Source> sources = new ArrayList<>();
            for (String prefix : SOURCE_GROUPS) {
                if (!cells.containsKey(prefix + "url")) {
                    continue;
                }
                Url url = get(prefix + "url", Url::parse);
                String title = get(prefix + "title");
                if (url == null && title == null) {
                    continue;
                }
                String supports = get(prefix + "supports");
                sources.add(new Source(url, title, get(prefix + "note"), get(prefix + "accessed", LocalDate::parse),
                        get(prefix + "standing", text -> constant(SourceStanding.class, text)),
                        supports == null ? List.of() : Arrays.asList(supports.split(" "))));
            }
            return sources;
        }

        IllegalStateException problem(String column, String why) {
            return new IllegalStateException(table + " row " + row + ", column " + column + ": " + why);
        }

        @Override
        public String toString() {
            return table + " row " + row;
        }
    }

    /** The constant of an enum of the model whose JSON name is the text, such as {@code not_voting}. */
    static <E extends Enum<E>> E constant(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (JsonNames.of(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("not a " + type.getSimpleName() + " (" + Arrays.stream(type.getEnumConstants())
                .map(JsonNames::of).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    }
}
