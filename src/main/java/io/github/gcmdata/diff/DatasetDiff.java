package io.github.gcmdata.diff;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two datasets: the records added, removed and changed, by kind and
 * identifier, with the JSON Pointer of each changed value, and the changed values of the metadata.
 *
 * <pre>{@code
 * DatasetDiff diff = DatasetDiff.between(pinned, ReferenceData.dataset());
 * for (RecordChange change : diff.changes()) {
 *     System.out.println(change.kind().kindName() + " " + change.identifier() + " " + change.change()
 *             + " " + change.fields());   // state CHE CHANGED [/name/ar]
 * }
 * }</pre>
 *
 * <p>Records are matched by kind and {@link RecordKind#identifier(Object) identifier} (the n-th
 * record with an identifier matches the n-th with the same identifier, if a dataset repeats one);
 * records without an identifier match only an equal record, so they are added or removed, never
 * changed. Values are compared in their JSON form, as {@link GcmJson} writes them: a list that
 * grows or shrinks shows as the elements added or removed at its end. The result is deterministic:
 * kinds in the order of {@link RecordKind}, and within a kind the removed records in the old
 * dataset's order, then the added and changed ones in the new dataset's order.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatasetDiff {

    /** Reads decimals exactly, so that an amount of 32000.00 changed to 32000.0 is a change. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final List<String> metadataFields;
    private final List<RecordChange> changes;

    private DatasetDiff(List<String> metadataFields, List<RecordChange> changes) {
        this.metadataFields = List.copyOf(metadataFields);
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares two datasets.
     *
     * @param older  the old dataset, not null
     * @param newer  the new dataset, not null
     * @return what changed from the old to the new, not null
     */
    public static DatasetDiff between(Dataset older, Dataset newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        List<String> metadata = new ArrayList<>();
        compare(tree(older.metadata()), tree(newer.metadata()), "", metadata);
        List<RecordChange> changes = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            Map<String, Entry> old = entries(kind, kind.records(older));
            Map<String, Entry> current = entries(kind, kind.records(newer));
            for (Map.Entry<String, Entry> entry : old.entrySet()) {
                if (!current.containsKey(entry.getKey())) {
                    changes.add(entry.getValue().change(kind, RecordChange.Change.REMOVED, List.of()));
                }
            }
            for (Map.Entry<String, Entry> entry : current.entrySet()) {
                Entry before = old.get(entry.getKey());
                if (before == null) {
                    changes.add(entry.getValue().change(kind, RecordChange.Change.ADDED, List.of()));
                } else {
                    List<String> fields = new ArrayList<>();
                    compare(before.tree, entry.getValue().tree, "", fields);
                    if (!fields.isEmpty()) {
                        changes.add(entry.getValue().change(kind, RecordChange.Change.CHANGED, fields));
                    }
                }
            }
        }
        return new DatasetDiff(metadata, changes);
    }

    /**
     * Returns the JSON Pointers of the metadata's values that differ, relative to the metadata,
     * such as {@code /version}.
     *
     * @return an unmodifiable list, empty if the metadata are equal, not null
     */
    public List<String> metadataFields() {
        return metadataFields;
    }

    /**
     * Returns the records added, removed and changed.
     *
     * @return an unmodifiable list, in the order described above, not null
     */
    public List<RecordChange> changes() {
        return changes;
    }

    /**
     * Tells whether the two datasets hold the same metadata and records.
     *
     * @return true if nothing changed
     */
    public boolean isEmpty() {
        return metadataFields.isEmpty() && changes.isEmpty();
    }

    /**
     * Returns the changes as lines of text, one per record, such as
     * {@code state CHE changed /name/ar}, and {@code metadata changed /version} first.
     *
     * @return the text, empty if nothing changed, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!metadataFields.isEmpty()) {
            text.append("metadata changed ").append(String.join(" ", metadataFields)).append('\n');
        }
        for (RecordChange change : changes) {
            text.append(change.kind().kindName()).append(' ')
                    .append(change.identifier() == null ? change.pointer() : change.identifier()).append(' ')
                    .append(change.change().name().toLowerCase(java.util.Locale.ROOT));
            for (String field : change.fields()) {
                text.append(' ').append(field);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A record of one dataset: where it is and its JSON form. */
    private record Entry(String identifier, String pointer, JsonNode tree) {

        RecordChange change(RecordKind kind, RecordChange.Change change, List<String> fields) {
            return new RecordChange(kind, identifier, pointer, change, fields);
        }
    }

    private static Map<String, Entry> entries(RecordKind kind, List<?> records) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Object record = records.get(i);
            String identifier = kind.identifier(record);
            JsonNode tree = tree(record);
            String key = identifier != null ? "id:" + identifier : "json:" + tree;
            int occurrence = seen.merge(key, 1, Integer::sum);
            entries.put(key + "#" + occurrence, new Entry(identifier, "/" + kind.datasetProperty() + "/" + i, tree));
        }
        return entries;
    }

    private static JsonNode tree(Object value) {
        return TREES.readTree(GcmJson.standard().write(value));
    }

    /** Adds the pointers, below {@code pointer}, of the values that differ between two trees. */
    private static void compare(JsonNode older, JsonNode newer, String pointer, List<String> out) {
        if (older.isObject() && newer.isObject()) {
            Set<String> names = new LinkedHashSet<>(newer.propertyNames());
            names.addAll(older.propertyNames());
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                JsonNode before = older.get(name);
                JsonNode after = newer.get(name);
                if (before == null || after == null) {
                    out.add(child);
                } else {
                    compare(before, after, child, out);
                }
            }
        } else if (older.isArray() && newer.isArray()) {
            int common = Math.min(older.size(), newer.size());
            for (int i = 0; i < common; i++) {
                compare(older.get(i), newer.get(i), pointer + "/" + i, out);
            }
            for (int i = common; i < Math.max(older.size(), newer.size()); i++) {
                out.add(pointer + "/" + i);
            }
        } else if (!older.equals(newer)) {
            out.add(pointer);
        }
    }
}
