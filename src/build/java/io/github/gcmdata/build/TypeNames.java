package io.github.gcmdata.build;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Writes types as source text in one generated file, collecting the imports it needs.
 *
 * <p>{@code TypeMirror.toString()} would keep the type annotations of the record's components
 * ({@code List<@Valid AgentRef>}) and qualify every name; the generated setters want neither.
 */
final class TypeNames {

    private final Elements elements;
    private final String packageName;
    /** Simple name to qualified name, for every type imported so far. */
    private final Map<String, String> imports = new TreeMap<>();

    TypeNames(Elements elements, String packageName) {
        this.elements = elements;
        this.packageName = packageName;
    }

    /** The source text of a type, without its annotations. */
    String of(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        if (kind == TypeKind.ARRAY) {
            return of(((ArrayType) type).getComponentType()) + "[]";
        }
        if (kind != TypeKind.DECLARED) {
            throw new IllegalArgumentException("A builder cannot hold a component of type " + type);
        }
        DeclaredType declared = (DeclaredType) type;
        String raw = of((TypeElement) declared.asElement());
        if (declared.getTypeArguments().isEmpty()) {
            return raw;
        }
        return declared.getTypeArguments().stream().map(this::of).collect(Collectors.joining(", ", raw + "<", ">"));
    }

    /** The source text of a class, imported where its simple name is free. */
    String of(TypeElement type) {
        if (type.getNestingKind() == NestingKind.MEMBER) {
            return of((TypeElement) type.getEnclosingElement()) + "." + type.getSimpleName();
        }
        String qualified = type.getQualifiedName().toString();
        String simple = type.getSimpleName().toString();
        String itsPackage = elements.getPackageOf(type).getQualifiedName().toString();
        if (itsPackage.equals(packageName)) {
            return simple;
        }
        boolean shadowed = elements.getTypeElement(packageName + "." + simple) != null;
        if (itsPackage.equals("java.lang") && !shadowed) {
            return simple;
        }
        if (shadowed) {
            return qualified;
        }
        String imported = imports.putIfAbsent(simple, qualified);
        return imported == null || imported.equals(qualified) ? simple : qualified;
    }

    /** The class of a qualified name, which must be on the compile's path. */
    TypeElement element(String qualifiedName) {
        TypeElement type = elements.getTypeElement(qualifiedName);
        if (type == null) {
            throw new IllegalStateException(qualifiedName + " is not on the compile's path");
        }
        return type;
    }

    /** The qualified names to import, sorted. */
    SortedSet<String> imports() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(imports.values()));
    }
}
