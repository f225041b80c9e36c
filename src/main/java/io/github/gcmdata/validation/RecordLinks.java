package io.github.gcmdata.validation;

import io.github.gcmdata.internal.ComponentReader;
import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.model.RecordId;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.RefersTo;
import io.github.gcmdata.model.Reference;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each record type of the model holds identifiers and references, read once from the
 * model's {@link RecordId} and {@link RefersTo} annotations and from its {@link Reference}s, so that
 * a new reference is one annotation and dataset integrity needs no change.
 *
 * <p>Each type reachable from a {@link RecordKind} gets a list of {@link Link}s: its identifiers,
 * its references, and the nested records (or lists of them) that hold identifiers or references
 * further down. Nested records that hold neither are never visited. A type may have several
 * identifiers (a document's {@code id} and {@code symbol}): each is declared in the type's scope.
 */
final class RecordLinks {

    /** What a walk over the links of a record reports. */
    interface Visitor {

        /** Enters a component or a list element; {@link #leave()} follows. */
        void enter(String jsonName);

        /** Enters an element of a list. */
        void enter(int index);

        /** Leaves what the last {@code enter} entered. */
        void leave();

        /** A nested record's identifier, at the place entered last. */
        void declare(Class<?> scope, String id);

        /** A reference, at the place entered last, named in messages by its field. */
        void refer(Class<?> scope, String id, String field);

        /** The target of a relation of the record being visited, at the place entered last (its {@code id}). */
        void relate(Class<?> scope, String id, RelationKind kind);
    }

    /** What {@link #identify} reports: a top-level record's own identifiers. */
    interface IdentifierVisitor {

        /** An identifier of the record, in the component of that JSON name. */
        void identifier(String jsonName, String id);
    }

    /** One thing to visit in a record. */
    private interface Link {
        void visit(Object record, Visitor visitor);
    }

    private static final Link[] NO_LINKS = {};
    private static final Identifier[] NO_IDENTIFIERS = {};
    /** After the empty arrays, which building it uses. */
    private static final RecordLinks LINKS = new RecordLinks();

    /**
     * The links of each record type that has any, directly or below. Arrays, like the identifiers
     * below, not lists: a pass over 10^6 records walks them for each record and nested record, and
     * the JIT did not keep a list's iterator off the heap (a third of the pass's allocation).
     */
    private final Map<Class<?>, Link[]> links = new HashMap<>();
    /** The identifier components of each record type that has any, in the order of its components. */
    private final Map<Class<?>, Identifier[]> identifiers = new HashMap<>();
    /** The name of each scope of identifiers in messages: the dataset's list, or the nested list, that holds them. */
    private final Map<Class<?>, String> scopeNames = new LinkedHashMap<>();

    private RecordLinks() {
        List<Class<?>> types = reachableTypes();
        for (RecordKind kind : RecordKind.values()) {
            scopeNames.put(kind.type(), kind.datasetProperty());
        }
        for (Class<?> type : types) {
            List<Identifier> typeIdentifiers = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(RecordId.class)) {
                    typeIdentifiers.add(new Identifier(reader(component), JsonNames.of(component)));
                }
                Class<?> element = elementType(component);
                if (component.getType() == List.class && isModelRecord(element)) {
                    scopeNames.putIfAbsent(element, JsonNames.of(component));
                }
            }
            if (!typeIdentifiers.isEmpty()) {
                identifiers.put(type, typeIdentifiers.toArray(NO_IDENTIFIERS));
            }
        }
        Set<Class<?>> holding = holdingTypes(types);
        for (Class<?> type : holding) {
            links.put(type, linksOf(type, holding).toArray(NO_LINKS));
        }
    }

    /**
     * Reports the identifiers a record has, in the order of its components: none if its type has
     * none or they are absent, one for most records, two for a document with an id and a symbol.
     *
     * @param record  a record of the model, not null
     * @param visitor  what the identifiers are reported to, not null
     */
    static void identify(Object record, IdentifierVisitor visitor) {
        for (Identifier identifier : LINKS.identifiers.getOrDefault(record.getClass(), NO_IDENTIFIERS)) {
            String value = identifier.of(record);
            if (value != null) {
                visitor.identifier(identifier.jsonName(), value);
            }
        }
    }

    /** Returns the name of a scope of identifiers in messages, such as {@code persons} or {@code units}. */
    static String scopeName(Class<?> scope) {
        return LINKS.scopeNames.get(scope);
    }

    /**
     * Visits the references of a record, and the identifiers and references of the records
     * nested in it; not the record's own identifier.
     */
    static void visit(Object record, Visitor visitor) {
        for (Link link : LINKS.links.getOrDefault(record.getClass(), NO_LINKS)) {
            link.visit(record, visitor);
        }
    }

    private static List<Class<?>> reachableTypes() {
        List<Class<?>> types = new ArrayList<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (RecordKind kind : RecordKind.values()) {
            pending.add(kind.type());
        }
        while (!pending.isEmpty()) {
            Class<?> type = pending.remove();
            if (types.contains(type)) {
                continue;
            }
            types.add(type);
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> element = elementType(component);
                if (isModelRecord(element)) {
                    pending.add(element);
                }
            }
        }
        return types;
    }

    /** The types whose records hold identifiers or references, themselves or in nested records. */
    private Set<Class<?>> holdingTypes(List<Class<?>> types) {
        Set<Class<?>> holding = new HashSet<>();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Class<?> type : types) {
                if (!holding.contains(type) && holds(type, holding)) {
                    holding.add(type);
                    grown = true;
                }
            }
        }
        return holding;
    }

    private boolean holds(Class<?> type, Set<Class<?>> holding) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> element = elementType(component);
            if (component.isAnnotationPresent(RefersTo.class) || Reference.class.isAssignableFrom(element)
                    || holding.contains(element)
                    || (component.isAnnotationPresent(RecordId.class) && !isTopLevel(type))) {
                return true;
            }
        }
        return false;
    }

    private List<Link> linksOf(Class<?> type, Set<Class<?>> holding) {
        List<Link> result = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = JsonNames.of(component);
            ComponentReader reader = reader(component);
            boolean list = component.getType() == List.class;
            Class<?> element = elementType(component);
            RefersTo refersTo = component.getAnnotation(RefersTo.class);
            if (component.isAnnotationPresent(RecordId.class) && !isTopLevel(type)) {
                result.add(new NestedIdentifier(type, new Identifier(reader, name), name));
            }
            if (refersTo != null) {
                Class<?> scope = refersTo.value();
                if (!identifiers.containsKey(scope)) {
                    throw new IllegalStateException(type.getSimpleName() + "." + component.getName()
                            + " refers to " + scope.getSimpleName() + ", which no dataset holds or which has no @RecordId");
                }
                result.add(new ComponentLink(reader, name, list, (value, visitor) -> visitor.refer(scope, value.toString(), name)));
            } else if (element == Relation.class) {
                result.add(new ComponentLink(reader, name, list, (value, visitor) -> {
                    RecordRef target = ((Relation) value).target();
                    visitor.enter("target");
                    visitor.enter("id");
                    visitor.relate(target.kind().type(), target.id(), ((Relation) value).kind());
                    visitor.leave();
                    visitor.leave();
                }));
            } else if (Reference.class.isAssignableFrom(element)) {
                result.add(new ComponentLink(reader, name, list, (value, visitor) -> {
                    Reference reference = (Reference) value;
                    visitor.enter("id");
                    visitor.refer(reference.targetKind().type(), reference.id(), "id");
                    visitor.leave();
                }));
            } else if (holding.contains(element)) {
                result.add(new ComponentLink(reader, name, list, RecordLinks::visit));
            }
        }
        return result;
    }

    private static boolean isTopLevel(Class<?> type) {
        return RecordKind.ofType(type).isPresent();
    }

    private static boolean isModelRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals(RecordKind.class.getPackageName());
    }

    /** The type of a component, or of its elements if it is a list. */
    private static Class<?> elementType(RecordComponent component) {
        if (component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }

    /** The reader of a component of a model record, which is public. */
    private static ComponentReader reader(RecordComponent component) {
        return ComponentReader.of(component).orElseThrow(() -> new IllegalStateException("cannot read " + component));
    }

    /** The identifier component of a record type. */
    private record Identifier(ComponentReader reader, String jsonName) {

        String of(Object record) {
            Object value = reader.read(record);
            return value == null ? null : value.toString();
        }
    }

    /** The identifier of a nested record, such as an organisational unit's. */
    private record NestedIdentifier(Class<?> scope, Identifier identifier, String jsonName) implements Link {

        @Override
        public void visit(Object record, Visitor visitor) {
            String id = identifier.of(record);
            if (id != null) {
                visitor.enter(jsonName);
                visitor.declare(scope, id);
                visitor.leave();
            }
        }
    }

    /** What to do with one value of a component, or with each element of a list component. */
    private interface ValueVisit {
        void visit(Object value, Visitor visitor);
    }

    /** A component whose value, or whose list's elements, are visited. */
    private record ComponentLink(ComponentReader reader, String jsonName, boolean list, ValueVisit valueVisit)
            implements Link {

        @Override
        public void visit(Object record, Visitor visitor) {
            Object value = reader.read(record);
            if (value == null) {
                return;
            }
            visitor.enter(jsonName);
            if (list) {
                List<?> elements = (List<?>) value;
                for (int i = 0; i < elements.size(); i++) {
                    visitor.enter(i);
                    valueVisit.visit(elements.get(i), visitor);
                    visitor.leave();
                }
            } else {
                valueVisit.visit(value, visitor);
            }
            visitor.leave();
        }
    }
}
