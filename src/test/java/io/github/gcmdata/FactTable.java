package io.github.gcmdata;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fact table of one page of the fit corpus ({@code NN-name.facts.csv}): each fact the page
 * states, and where its dataset ({@code NN-name.json}) holds it.
 *
 * <p>The file is CSV (RFC 4180, one record per line, no line breaks inside a field) with the
 * header {@code n,fact,where,value,note}; blank lines and lines that start with {@code #} are
 * comments. {@code n} is the fact's number in the research's fact list ({@code /work/research/fit}),
 * with a letter where a fact is split or a row added ({@code 19a}). {@code where} says where the
 * fact lives:
 * <ul>
 * <li>{@code /events/0/startDate}: a JSON Pointer to the typed field that holds it;</li>
 * <li>{@code TEXT:/events/0/description/en}: only this text (a description, an abstract, an
 *     article body, a source note) holds it;</li>
 * <li>{@code PLANNED:Event.participants}: today's model cannot type it, the second edition's
 *     field named will (the text holds it until then);</li>
 * <li>{@code REFUSED:/publications/0/editions/0/isbns/0/isbn}: the value as the page prints it,
 *     put at that place, is refused by reading or validation; the note starts with {@code bug:}
 *     (a real, correct value that the library should accept), {@code true error:} (an error on
 *     the page, rightly refused) or {@code other form:} (a correct value printed in a form that is
 *     not the field's, such as a resolution cited by session and number, "73/195", where the
 *     field holds the document symbol A/RES/73/195; the note names the typed row that holds it);</li>
 * <li>{@code UNSTATED}: the page leaves it unstated (a label without a value); not counted;</li>
 * <li>{@code NARRATIVE} or {@code NARRATIVE:/pointer}: opinion, disclaimer or speech content that
 *     stays text by nature; not counted.</li>
 * </ul>
 *
 * <p>{@code value} is what the place must hold. For a typed field that holds text, the text
 * itself, or its beginning followed by {@code …} (for an abstract or an article body); for any other typed field (a number, an object), JSON text compared by value
 * ({@code 144}, {@code {"value":700,"precision":"more_than"}}). For {@code TEXT} and
 * {@code NARRATIVE}, words the text contains. For {@code REFUSED}, the value as printed, put in
 * as a JSON string; or JSON, when it starts with <code>{</code>, {@code [} or {@code "} (so a
 * printed value that starts with one of them is written as a JSON string). For
 * {@code PLANNED}, the value the planned field will hold, as printed.
 */
final class FactTable {

    static final String HEADER = "n,fact,where,value,note";

    /** At the end of a typed text's value: the text starts with what comes before it. */
    static final String ELLIPSIS = "\u2026";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]*[a-z]?");
    private static final Pattern PLANNED_FIELD = Pattern.compile("[A-Z][A-Za-z]*(\\.[a-z][A-Za-z]*)?");

    /** Where a fact lives, and whether it counts in the share of typed facts. */
    enum Home {
        /** A typed field holds it. */
        TYPED,
        /** Only a text holds it. */
        TEXT,
        /** A field of the model's second edition will hold it. */
        PLANNED,
        /** Reading or validation refuses it as printed: a bug, or an error on the page. */
        REFUSED,
        /** The page does not state it. */
        UNSTATED,
        /** Prose that stays text by nature. */
        NARRATIVE;

        /** Whether the fact counts in the share: typed / (typed + text + planned). */
        boolean counted() {
            return switch (this) {
                case TYPED, TEXT, PLANNED -> true;
                case REFUSED, UNSTATED, NARRATIVE -> false;
            };
        }
    }

    /**
     * One row of the table.
     *
     * @param line  the line of the file, from 1
     * @param number  the fact's number, {@code 19} or {@code 19a}
     * @param fact  what the page states, in words
     * @param where  the place as the table writes it
     * @param home  where it lives
     * @param target  the JSON Pointer (typed, text, refused, narrative with a pointer) or the planned
     *                field, or null
     * @param value  what the place must hold
     * @param note  why, or where the page is ambiguous
     */
    record Fact(int line, String number, String fact, String where, Home home, String target, String value, String note) {
    }

    private final String name;
    private final List<Fact> facts;

    private FactTable(String name, List<Fact> facts) {
        this.name = name;
        this.facts = List.copyOf(facts);
    }

    /**
     * Parses a fact table.
     *
     * @param name  the file's name, for messages
     * @param csv  the file's text
     * @throws IllegalArgumentException naming the file and line, for a table that breaks the format
     */
    static FactTable parse(String name, String csv) {
        List<Fact> facts = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        boolean header = false;
        String[] lines = csv.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = lines[i];
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!text.equals(HEADER)) {
                    throw error(name, line, "the header should be '" + HEADER + "', was '" + text + "'");
                }
                header = true;
                continue;
            }
            List<String> fields = fields(name, line, text);
            if (fields.size() != 5) {
                throw error(name, line, "expected 5 fields (" + HEADER + "), found " + fields.size());
            }
            Fact fact = fact(name, line, fields);
            if (!numbers.add(fact.number())) {
                throw error(name, line, "fact " + fact.number() + " is numbered twice");
            }
            facts.add(fact);
        }
        if (!header) {
            throw error(name, lines.length, "no header '" + HEADER + "'");
        }
        return new FactTable(name, facts);
    }

    private static Fact fact(String name, int line, List<String> fields) {
        String number = fields.get(0);
        String fact = fields.get(1);
        String where = fields.get(2);
        String value = fields.get(3);
        String note = fields.get(4);
        if (!NUMBER.matcher(number).matches()) {
            throw error(name, line, "n should be a number with an optional letter, such as 19 or 19a, was '" + number + "'");
        }
        if (fact.isBlank()) {
            throw error(name, line, "the fact is blank");
        }
        Home home;
        String target;
        if (where.startsWith("/")) {
            home = Home.TYPED;
            target = pointer(name, line, where);
        } else if (where.startsWith("TEXT:")) {
            home = Home.TEXT;
            target = pointer(name, line, where.substring("TEXT:".length()));
        } else if (where.startsWith("PLANNED:")) {
            home = Home.PLANNED;
            target = where.substring("PLANNED:".length());
            if (!PLANNED_FIELD.matcher(target).matches()) {
                throw error(name, line, "PLANNED: should name a record or Record.field of the second edition, was '" + target + "'");
            }
        } else if (where.startsWith("REFUSED:")) {
            home = Home.REFUSED;
            target = pointer(name, line, where.substring("REFUSED:".length()));
            if (!note.startsWith("bug: ") && !note.startsWith("true error: ") && !note.startsWith("other form: ")) {
                throw error(name, line, "the note of a refused value should start with 'bug: ', 'true error: ' or"
                        + " 'other form: ', was '" + note + "'");
            }
        } else if (where.equals("UNSTATED")) {
            home = Home.UNSTATED;
            target = null;
        } else if (where.equals("NARRATIVE")) {
            home = Home.NARRATIVE;
            target = null;
        } else if (where.startsWith("NARRATIVE:")) {
            home = Home.NARRATIVE;
            target = pointer(name, line, where.substring("NARRATIVE:".length()));
        } else {
            throw error(name, line, "where should be a JSON Pointer, TEXT:<pointer>, PLANNED:<field>, REFUSED:<pointer>,"
                    + " UNSTATED or NARRATIVE[:<pointer>], was '" + where + "'");
        }
        boolean valueRequired = home == Home.TYPED || home == Home.REFUSED || home == Home.PLANNED || target != null;
        if (valueRequired && value.isEmpty()) {
            throw error(name, line, "a " + home + " fact needs a value");
        }
        return new Fact(line, number, fact, where, home, target, value, note);
    }

    private static String pointer(String name, int line, String pointer) {
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw error(name, line, "not a JSON Pointer: '" + pointer + "' (" + e.getMessage() + ")");
        }
        if (pointer.isEmpty() || pointer.endsWith("/")) {
            throw error(name, line, "not a JSON Pointer to a field: '" + pointer + "'");
        }
        return pointer;
    }

    /** Splits one line into its fields: RFC 4180 quoting, {@code ""} for a quote inside quotes. */
    private static List<String> fields(String name, int line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw error(name, line, "a quoted field is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < text.length() && text.charAt(i) != ',') {
                    throw error(name, line, "text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        throw error(name, line, "a quote inside an unquoted field at column " + i);
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (i >= text.length()) {
                return fields;
            }
            i++;
        }
    }

    private static IllegalArgumentException error(String name, int line, String message) {
        return new IllegalArgumentException(name + ", line " + line + ": " + message);
    }

    /** The file's name. */
    String name() {
        return name;
    }

    /** The rows, in file order. */
    List<Fact> facts() {
        return facts;
    }

    /** How many facts live in each home. */
    Map<Home, Long> counts() {
        return facts.stream().collect(Collectors.groupingBy(Fact::home, () -> new EnumMap<>(Home.class), Collectors.counting()));
    }

    /**
     * Checks every fact against the page's dataset: each typed field holds its value, each text
     * holds its words, and each refused value is refused where the table says.
     *
     * @param dataset  the dataset's JSON, which reads and validates clean
     * @param json  the reader of datasets
     * @param validator  the validator of datasets
     * @return one message per fact that does not check out, naming the file and line; empty when all do
     */
    List<String> problems(JsonNode dataset, GcmJson json, GcmValidator validator) {
        List<String> problems = new ArrayList<>();
        for (Fact fact : facts) {
            String problem = switch (fact.home()) {
                case TYPED -> typedProblem(dataset, fact);
                case TEXT, NARRATIVE -> fact.target() == null ? null : textProblem(dataset, fact);
                case REFUSED -> refusal(dataset, fact, json, validator).problem();
                case PLANNED, UNSTATED -> null;
            };
            if (problem != null) {
                problems.add(name + ", line " + fact.line() + ", fact " + fact.number() + " (" + fact.where() + "): " + problem);
            }
        }
        return problems;
    }

    private static String typedProblem(JsonNode dataset, Fact fact) {
        JsonNode node = dataset.at(fact.target());
        if (node.isMissingNode()) {
            return "nothing at " + fact.target();
        }
        if (node.isString()) {
            String text = node.asString();
            boolean holds = fact.value().endsWith(ELLIPSIS)
                    ? text.startsWith(fact.value().substring(0, fact.value().length() - ELLIPSIS.length()))
                    : text.equals(fact.value());
            return holds ? null : "holds \"" + text + "\", the table says \"" + fact.value() + "\"";
        }
        JsonNode expected;
        try {
            expected = MAPPER.readTree(fact.value());
        } catch (JacksonException e) {
            return "holds " + node + ", which is not text, and the value '" + fact.value() + "' is not JSON";
        }
        return holds(node, expected) ? null : "holds " + node + ", the table says " + expected;
    }

    private static String textProblem(JsonNode dataset, Fact fact) {
        JsonNode node = dataset.at(fact.target());
        if (!node.isString()) {
            return node.isMissingNode() ? "no text at " + fact.target() : "not text at " + fact.target() + ": " + node;
        }
        return node.asString().contains(fact.value()) ? null
                : "the text does not contain \"" + fact.value() + "\"";
    }

    /**
     * Whether a value holds what the table expects: numbers by their decimal value ({@code 7}
     * holds {@code 7.0}), an object every property the expected object lists (and maybe more),
     * an array the expected elements in order, anything else an equal value.
     */
    static boolean holds(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (actual.isObject() && expected.isObject()) {
            for (String property : expected.propertyNames()) {
                if (!actual.has(property) || !holds(actual.get(property), expected.get(property))) {
                    return false;
                }
            }
            return true;
        }
        if (actual.isArray() && expected.isArray()) {
            if (actual.size() != expected.size()) {
                return false;
            }
            Iterator<JsonNode> elements = actual.values().iterator();
            for (JsonNode element : expected.values()) {
                if (!holds(elements.next(), element)) {
                    return false;
                }
            }
            return true;
        }
        return actual.equals(expected);
    }

    /**
     * What reading or validation says of a refused value put at its place.
     *
     * @param refusedBy  how it was refused ({@code reading: INVALID_VALUE}, {@code validation: isbn.checksum}),
     *                   or null when it was not refused where the table says
     * @param problem  why the row does not check out, or null when it does
     */
    record Refusal(String refusedBy, String problem) {
    }

    /**
     * Puts a refused fact's printed value at its place in a copy of the dataset, then reads and
     * validates the copy.
     *
     * @param dataset  the dataset's JSON, which reads and validates clean
     * @param fact  a {@link Home#REFUSED} fact
     * @param json  the reader of datasets
     * @param validator  the validator of datasets
     * @return how the value was refused, or the problem when it was not refused at its place
     */
    static Refusal refusal(JsonNode dataset, Fact fact, GcmJson json, GcmValidator validator) {
        JsonNode copy = dataset.deepCopy();
        JsonPointer pointer = JsonPointer.compile(fact.target());
        JsonNode parent = copy.at(pointer.head());
        JsonNode value;
        try {
            value = refusedValue(fact.value());
        } catch (JacksonException e) {
            return new Refusal(null, "the value starts as JSON but is not JSON: " + fact.value());
        }
        if (parent instanceof ObjectNode object) {
            object.set(pointer.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            int index = pointer.last().getMatchingIndex();
            if (index >= 0 && index < array.size()) {
                array.set(index, value);
            } else if (index == array.size() || "-".equals(pointer.last().getMatchingProperty())) {
                array.add(value);
            } else {
                return new Refusal(null, "no element " + pointer.last().getMatchingProperty() + " in the array at " + pointer.head());
            }
        } else {
            return new Refusal(null, "no object or array at " + pointer.head() + " to put the value in");
        }
        String where = fact.target();
        try {
            List<Violation> violations = validator.validate(json.readDataset(MAPPER.writeValueAsString(copy))).violations();
            List<String> here = violations.stream()
                    .filter(v -> v.jsonPointer().equals(where) || v.jsonPointer().startsWith(where + "/"))
                    .map(Violation::code).distinct().collect(Collectors.toList());
            if (!here.isEmpty()) {
                return new Refusal("validation: " + String.join(", ", here), null);
            }
            return new Refusal(null, violations.isEmpty()
                    ? "\"" + fact.value() + "\" is accepted: no longer refused, so type it"
                    : "refused elsewhere, not at " + where + ": " + violations);
        } catch (GcmJsonException e) {
            String at = e.jsonPointer();
            if (at.equals(where) || at.startsWith(where + "/")) {
                return new Refusal("reading: " + e.problem(), null);
            }
            return new Refusal(null, "reading refuses it elsewhere, at " + at + ": " + e.getMessage());
        }
    }

    private static JsonNode refusedValue(String value) {
        if (value.startsWith("{") || value.startsWith("[") || value.startsWith("\"")) {
            return MAPPER.readTree(value);
        }
        return MAPPER.getNodeFactory().stringNode(value);
    }
}
