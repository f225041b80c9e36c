package io.github.gcmdata.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Writes the builder base class of every record marked {@code @GenerateBuilder}: for
 * {@code Event}, a package-private {@code EventBuilderBase} with a field and a setter for every
 * component (a {@code List} and a varargs setter for each list), {@code build()} and the copy that
 * {@code toBuilder()} starts from. The record's nested {@code Builder} extends it, so users see
 * {@code Event.Builder} with every setter, documented from the record's {@code @param} tags.
 *
 * <p>The components that {@code @JsonProperty(required = true)} marks are the required ones: the
 * processor fails the build when a record's {@code builder(...)} factories do not take exactly
 * them, in their order, so that "required" is said in one place.
 *
 * <p>Runs in the library's main compile only (see the pom), and is not shipped. It claims every
 * annotation ({@code "*"}, returning true): it is the only processor there, and claiming keeps
 * {@code -Xlint:processing} from warning about the records' Jackson and validation annotations.
 * After editing it, run {@code ./mvnw clean}: the compiler plugin does not see processor changes.
 */
public final class BuilderProcessor extends AbstractProcessor {

    private static final String MARKER = "io.github.gcmdata.internal.GenerateBuilder";
    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final String LIST = "java.util.List";
    private static final String BUILDER = "Builder";
    /** Names the generated class uses for its own members, which a component must not take. */
    private static final Set<String> RESERVED = Set.of("build", "copyFrom", "self");

    /** Creates the processor; the compiler calls it. */
    public BuilderProcessor() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement marker = processingEnv.getElementUtils().getTypeElement(MARKER);
        if (marker != null) {
            for (Element element : round.getElementsAnnotatedWith(marker)) {
                if (element.getKind() != ElementKind.RECORD || ((TypeElement) element).getNestingKind() != NestingKind.TOP_LEVEL) {
                    error(element, "@GenerateBuilder is for top-level records; " + element + " is not one");
                } else {
                    generate((TypeElement) element);
                }
            }
        }
        return true;
    }

    private void generate(TypeElement record) {
        RecordDoc doc = RecordDoc.parse(processingEnv.getElementUtils().getDocComment(record));
        List<Component> components = new ArrayList<>();
        for (RecordComponentElement element : record.getRecordComponents()) {
            Component component = component(record, element, doc);
            if (component == null) {
                return;
            }
            components.add(component);
        }
        if (!checkBuilderClass(record) || !checkFactories(record, components) || !checkToBuilder(record)) {
            return;
        }
        String packageName = processingEnv.getElementUtils().getPackageOf(record).getQualifiedName().toString();
        String name = record.getSimpleName() + "BuilderBase";
        String source = new BuilderSource(record, components, throwsClauses(record), new TypeNames(processingEnv.getElementUtils(), packageName))
                .write(packageName, name);
        try (Writer writer = processingEnv.getFiler().createSourceFile(packageName + "." + name, record).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + name, e);
        }
    }

    private Component component(TypeElement record, RecordComponentElement element, RecordDoc doc) {
        String name = element.getSimpleName().toString();
        String description = doc.param(name);
        if (description == null) {
            error(record, record.getSimpleName() + ": the record's javadoc has no @param " + name
                    + ", from which its builder's setter is documented");
            return null;
        }
        if (RESERVED.contains(name)) {
            error(record, record.getSimpleName() + ": a component named " + name + " would clash with the builder's own "
                    + name + "(); rename it or write this builder by hand");
            return null;
        }
        TypeMirror type = element.asType();
        TypeMirror elementType = null;
        if (type.getKind() == TypeKind.DECLARED && isList((DeclaredType) type)) {
            elementType = ((DeclaredType) type).getTypeArguments().get(0);
            if (elementType.getKind() != TypeKind.DECLARED || !((DeclaredType) elementType).getTypeArguments().isEmpty()) {
                error(record, record.getSimpleName() + "." + name + ": a varargs setter needs a list of a plain class, not of "
                        + elementType);
                return null;
            }
        }
        return new Component(name, type, elementType, isRequired(element), description);
    }

    private boolean isList(DeclaredType type) {
        return ((TypeElement) type.asElement()).getQualifiedName().contentEquals(LIST) && type.getTypeArguments().size() == 1;
    }

    /** Whether {@code @JsonProperty(required = true)} marks the component; javac puts it on the accessor too. */
    private boolean isRequired(RecordComponentElement element) {
        List<AnnotationMirror> annotations = new ArrayList<>(element.getAnnotationMirrors());
        annotations.addAll(element.getAccessor().getAnnotationMirrors());
        for (AnnotationMirror annotation : annotations) {
            TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(JSON_PROPERTY)) {
                for (var entry : annotation.getElementValues().entrySet()) {
                    AnnotationValue value = entry.getValue();
                    if (entry.getKey().getSimpleName().contentEquals("required") && Boolean.TRUE.equals(value.getValue())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The nested {@code public static final class Builder}, with only private constructors. */
    private boolean checkBuilderClass(TypeElement record) {
        TypeElement builder = nestedBuilder(record);
        String expected = record.getSimpleName() + " must declare public static final class Builder extends "
                + record.getSimpleName() + "BuilderBase with a private constructor";
        if (builder == null || builder.getKind() != ElementKind.CLASS
                || !builder.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))) {
            error(builder == null ? record : builder, expected);
            return false;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(builder.getEnclosedElements())) {
            if (!constructor.getModifiers().contains(Modifier.PRIVATE)) {
                error(constructor, expected + ": a builder starts from " + record.getSimpleName() + ".builder(...) or toBuilder()");
                return false;
            }
        }
        return true;
    }

    private TypeElement nestedBuilder(TypeElement record) {
        return ElementFilter.typesIn(record.getEnclosedElements()).stream()
                .filter(type -> type.getSimpleName().contentEquals(BUILDER))
                .findFirst()
                .orElse(null);
    }

    /**
     * Every static {@code builder(...)} takes the required components by name, in their order, and
     * one takes them with their own types too.
     */
    private boolean checkFactories(TypeElement record, List<Component> components) {
        List<Component> required = components.stream().filter(Component::required).collect(Collectors.toList());
        List<String> names = required.stream().map(Component::name).collect(Collectors.toList());
        String rule = "the components that @JsonProperty(required = true) marks, in their order: ("
                + String.join(", ", names) + ")";
        List<ExecutableElement> factories = ElementFilter.methodsIn(record.getEnclosedElements()).stream()
                .filter(method -> method.getSimpleName().contentEquals("builder") && method.getModifiers().contains(Modifier.STATIC))
                .collect(Collectors.toList());
        if (factories.isEmpty()) {
            error(record, record.getSimpleName() + " must declare public static Builder builder(...) taking " + rule);
            return false;
        }
        Types types = processingEnv.getTypeUtils();
        boolean exact = false;
        for (ExecutableElement factory : factories) {
            List<? extends VariableElement> parameters = factory.getParameters();
            List<String> parameterNames = parameters.stream().map(parameter -> parameter.getSimpleName().toString())
                    .collect(Collectors.toList());
            if (!parameterNames.equals(names)) {
                error(factory, record.getSimpleName() + ".builder(" + String.join(", ", parameterNames) + ") must take " + rule);
                return false;
            }
            exact |= sameTypes(types, parameters, required.stream().map(Component::type).collect(Collectors.toList()));
        }
        if (!exact) {
            error(record, record.getSimpleName() + ": one builder(...) must take " + rule + ", with the components' own types");
        }
        return exact;
    }

    private boolean checkToBuilder(TypeElement record) {
        boolean declared = ElementFilter.methodsIn(record.getEnclosedElements()).stream()
                .anyMatch(method -> method.getSimpleName().contentEquals("toBuilder") && method.getParameters().isEmpty()
                        && method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC));
        if (!declared) {
            error(record, record.getSimpleName() + " must declare public Builder toBuilder() { return new Builder().copyFrom(this); }");
        }
        return declared;
    }

    /** The {@code @throws} clauses of the canonical constructor, which {@code build()} calls. */
    private List<String> throwsClauses(TypeElement record) {
        Elements elements = processingEnv.getElementUtils();
        Types types = processingEnv.getTypeUtils();
        List<TypeMirror> componentTypes = record.getRecordComponents().stream().map(Element::asType).collect(Collectors.toList());
        return ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
                .filter(constructor -> sameTypes(types, constructor.getParameters(), componentTypes))
                .findFirst()
                .map(constructor -> RecordDoc.parse(elements.getDocComment(constructor)).throwsClauses())
                .orElse(List.of());
    }

    private static boolean sameTypes(Types types, List<? extends VariableElement> parameters, List<TypeMirror> expected) {
        if (parameters.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!types.isSameType(parameters.get(i).asType(), expected.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Reports an error; on the record rather than a component, which javac 17 prints without its place. */
    private void error(Element element, String message) {
        Messager messager = processingEnv.getMessager();
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** A record component as the builder sees it. */
    record Component(String name, TypeMirror type, TypeMirror elementType, boolean required, String description) {

        /** Whether it is a {@code List}; {@code elementType} is then its element type. */
        boolean isList() {
            return elementType != null;
        }
    }
}
