package io.github.gcmdata.validation;

import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.internal.PointerPath;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RelationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The integrity of a dataset as a whole: identifiers unique per kind, references resolved.
 *
 * <p>Not Bean Validation: a separate pass that keeps only identifiers, and the references whose
 * target it has not seen yet, each with its JSON Pointer, so that it can be fed record by record
 * ({@link #record}, given the record's kind and its index in its list) while a large file streams
 * by, and asked for its problems at the end with {@link #finish()}. Each problem is reported once,
 * at the field that holds it: a duplicate at the later record's identifier, a dangling reference
 * at the reference. Where records hold identifiers and references is read from the model's
 * annotations (see {@link RecordLinks}). GCM objective numbers are checked by the
 * {@code ObjectiveNumber} constraint (1 to 23), not here, since a dataset need not hold all 23.
 *
 * <p>A reference that the dataset does not resolve may still resolve elsewhere: {@link #finish()}
 * asks the {@link Resolver} given, such as the bundled reference data's, for those references
 * only, so that a dataset that resolves its own references never loads anything else.
 *
 * <p>Not thread-safe: one instance per pass.
 */
final class DatasetIntegrity implements RecordLinks.Visitor, RecordLinks.IdentifierVisitor {

    /** Resolves a reference that the dataset does not: by the record type referred to and the identifier. */
    @FunctionalInterface
    interface Resolver {

        /** A resolver that resolves nothing: a dataset that stands alone. */
        Resolver NONE = (scope, id) -> false;

        boolean resolves(Class<?> scope, String id);
    }

    /**
     * A problem found: its pointer, code, value, the field named in the message and the message's
     * parameters.
     */
    record Problem(String pointer, ViolationCode code, String value, String field, Map<String, Object> parameters) {
    }

    /** A reference whose target had not been declared when it was met. */
    private record Reference(Class<?> scope, String id, String pointer, String field) {
    }

    /**
     * The identifiers declared so far, per scope (the record type), each with where it was first
     * declared: for a top-level record, its kind, its index and the identifier's JSON name (see
     * {@link #topLevelPlace}); for a nested one, its pointer, kept in {@link #nestedPointers}.
     */
    private final Map<Class<?>, IdentifierTable> declared = new HashMap<>();
    /** The pointers of the nested identifiers declared so far: the place of the n-th (from 1) is -n. */
    private final List<String> nestedPointers = new ArrayList<>();
    /** The JSON names of top-level identifiers, such as {@code id} and {@code symbol}, at the places' name index. */
    private final List<String> identifierNames = new ArrayList<>();
    /** References whose target had not been declared when they were fed: forward references, or dangling. */
    private final List<Reference> pending = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** The record being visited: its kind, index and identifiers, for relations to itself. */
    private RecordKind currentKind;
    private int currentIndex;
    private final List<String> currentIds = new ArrayList<>();
    /** The JSON Pointer of the place being visited, as tokens; only turned into text when a problem needs it. */
    private final PointerPath path = new PointerPath();
    private final Resolver resolver;

    /**
     * Starts a pass.
     *
     * @param resolver  what resolves the references the dataset does not, not null
     */
    DatasetIntegrity(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Feeds every record of a dataset.
     *
     * @param dataset  the dataset, not null
     */
    void accept(Dataset dataset) {
        for (RecordKind kind : RecordKind.values()) {
            List<?> records = kind.records(dataset);
            for (int i = 0; i < records.size(); i++) {
                record(kind, i, records.get(i));
            }
        }
    }

    /**
     * Feeds one element of a dataset as {@code GcmJson.readDatasetElements} hands it over.
     *
     * @param pointer  the element's pointer, such as {@code /events/12}, not null
     * @param element  the {@code DatasetMetadata} (ignored) or an element of a list, not null
     */
    void element(String pointer, Object element) {
        if (element instanceof DatasetMetadata) {
            return;
        }
        RecordKind kind = RecordKind.ofType(element.getClass()).orElseThrow(() ->
                new IllegalArgumentException("not an element of a dataset: " + element.getClass().getName()));
        record(kind, Integer.parseInt(pointer, pointer.lastIndexOf('/') + 1, pointer.length(), 10), element);
    }

    /**
     * Feeds one record of a dataset's list.
     *
     * @param kind  the kind of the record, not null
     * @param index  its index in the dataset's list of that kind
     * @param record  the record, not null
     */
    void record(RecordKind kind, int index, Object record) {
        currentKind = kind;
        currentIndex = index;
        currentIds.clear();
        RecordLinks.identify(record, this);
        path.enter(kind.datasetProperty());
        path.enter(index);
        RecordLinks.visit(record, this);
        path.clear();
    }

    @Override
    public void identifier(String jsonName, String id) {
        declare(currentKind.type(), id, topLevelPlace(currentKind, currentIndex, jsonName));
        currentIds.add(id);
    }

    /**
     * Resolves the references fed so far, in the dataset and then with the resolver, and returns
     * every problem, in the order found.
     *
     * @return the problems, not null
     */
    List<Problem> finish() {
        List<Problem> all = new ArrayList<>(problems);
        for (Reference reference : pending) {
            if (!isDeclared(reference.scope, reference.id)
                    && !resolver.resolves(reference.scope, reference.id)) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("value", reference.id);
                parameters.put("kind", RecordLinks.scopeName(reference.scope));
                all.add(new Problem(reference.pointer, ViolationCode.REFERENCE_UNRESOLVED, reference.id, reference.field, parameters));
            }
        }
        return all;
    }

    @Override
    public void enter(String jsonName) {
        path.enter(jsonName);
    }

    @Override
    public void enter(int index) {
        path.enter(index);
    }

    @Override
    public void leave() {
        path.leave();
    }

    @Override
    public void declare(Class<?> scope, String id) {
        nestedPointers.add(path.pointer(""));
        declare(scope, id, -nestedPointers.size());
    }

    @Override
    public void refer(Class<?> scope, String id, String field) {
        // Resolved at once where possible, so that a streamed pass keeps only forward references.
        if (!isDeclared(scope, id)) {
            pending.add(new Reference(scope, id, path.pointer(""), field));
        }
    }

    @Override
    public void relate(Class<?> scope, String id, RelationKind kind) {
        refer(scope, id, "id");
        if (scope == currentKind.type() && currentIds.contains(id)) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("value", id);
            parameters.put("relation", JsonNames.of(kind));
            problems.add(new Problem(path.pointer(""), ViolationCode.RELATION_SELF, id, "id", parameters));
        }
    }

    private boolean isDeclared(Class<?> scope, String id) {
        IdentifierTable ids = declared.get(scope);
        return ids != null && ids.contains(id);
    }

    private void declare(Class<?> scope, String id, long place) {
        long first = declared.computeIfAbsent(scope, k -> new IdentifierTable()).putIfAbsent(id, place);
        if (first != IdentifierTable.ABSENT) {
            String pointer = jsonPointer(place);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("value", id);
            parameters.put("kind", RecordLinks.scopeName(scope));
            parameters.put("first", jsonPointer(first));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            problems.add(new Problem(pointer, ViolationCode.ID_DUPLICATE, id, field, parameters));
        }
    }

    /**
     * The place of a top-level record's identifier as a number: the index of its JSON name in
     * {@link #identifierNames} from bit 48, its kind's ordinal from bit 32, its index in its list
     * below. Never negative: negative places are nested ones.
     */
    private long topLevelPlace(RecordKind kind, int index, String jsonName) {
        int name = identifierNames.indexOf(jsonName);
        if (name < 0) {
            name = identifierNames.size();
            identifierNames.add(jsonName);
        }
        return (long) name << 48 | (long) kind.ordinal() << 32 | index;
    }

    /** The JSON Pointer of a place, such as {@code /events/12/id}. */
    private String jsonPointer(long place) {
        if (place < 0) {
            return nestedPointers.get((int) -place - 1);
        }
        RecordKind kind = RecordKind.values()[(int) (place >>> 32) & 0xFFFF];
        return "/" + kind.datasetProperty() + "/" + (int) place + "/" + identifierNames.get((int) (place >>> 48));
    }
}
