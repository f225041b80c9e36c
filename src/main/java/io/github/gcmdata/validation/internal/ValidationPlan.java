package io.github.gcmdata.validation.internal;

import io.github.gcmdata.internal.ComponentReader;
import io.github.gcmdata.internal.JsonNames;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.validation.valueextraction.Unwrapping;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Hibernate Validator would check on a record and everything it cascades into, read once from
 * the annotations, so that {@link RecordValidator} runs the same constraint validators without
 * Hibernate Validator's engine. The annotations stay the one source of the rules: a new constraint
 * on a component, a new {@code @Valid}, a new record type are planned without any change here.
 *
 * <p>Each constraint runs the validator Hibernate Validator would choose: one of the library's
 * validators (listed as {@code jakarta.validation.ConstraintValidator} services, which is how
 * Hibernate Validator finds them), one named by the constraint's {@code @Constraint(validatedBy)},
 * or, for the few Jakarta constraints the records use, one of {@link StandardValidators}.
 *
 * <p>The plan is conservative: anything in a record type it does not run exactly as Hibernate
 * Validator does (a constraint without such a validator, groups, group sequences, composed or
 * repeated constraints, constraints on getters or interfaces, containers other than {@code List})
 * makes the type, and every type that cascades into it, unsupported, with a reason; such records
 * are validated by Hibernate Validator itself. {@code EngineAgreementTest} fails while any
 * record of the model is.
 */
final class ValidationPlan {

    /** The services file that lists the library's constraint validators for Hibernate Validator. */
    private static final String SERVICES = "/META-INF/services/" + ConstraintValidator.class.getName();

    /** The validators that may run each constraint annotation. */
    private static final Map<Class<? extends Annotation>, List<ValidatorType>> VALIDATORS = validators();

    private static final ClassValue<Bean> PLANS = new ClassValue<>() {
        @Override
        protected Bean computeValue(Class<?> type) {
            return new Builder(VALIDATORS).plan(type);
        }
    };

    private ValidationPlan() {
    }

    /**
     * Returns the plan of a record type, built once.
     *
     * @param type  the type, not null
     * @return the plan, whose {@link Bean#unsupported()} says whether it can be used
     */
    static Bean of(Class<?> type) {
        return PLANS.get(type);
    }

    /**
     * Builds the plan of a record type again, from the annotations and the services file, without
     * the plans and validators kept for the JVM: for the tests that prove a plan gives Hibernate
     * Validator's report, under mutation testing too, which changes this class in a running JVM
     * whose plans were kept before the change.
     *
     * @param type  the type, not null
     * @return the plan, not kept
     */
    static Bean afresh(Class<?> type) {
        return new Builder(validators()).plan(type);
    }

    /** A validator class, with the constraint it validates and the type of value it takes. */
    private record ValidatorType(Class<? extends ConstraintValidator<?, ?>> type, Class<? extends Annotation> constraint,
            Type validated) {

        Class<?> validatedClass() {
            return rawClass(validated);
        }
    }

    /** The plan of a record type: its constraints, and the components to check or cascade into. */
    static final class Bean {

        final Class<?> type;
        /** The constraints on the record itself. */
        Check[] checks = new Check[0];
        /** The components with constraints, or to cascade into. */
        Property[] properties = new Property[0];
        /** Why the plan cannot be used, first reason first; empty if it can. */
        final List<String> unsupported = new ArrayList<>();

        Bean(Class<?> type) {
            this.type = type;
        }

        /**
         * Why the plan cannot be used: the first reason found here or in a type cascaded into.
         *
         * @return the reason, or empty if the plan runs every constraint Hibernate Validator would
         */
        Optional<String> unsupported() {
            return unsupported.stream().findFirst();
        }
    }

    /** A component of a record: its constraints, and those of its elements if it is a list. */
    static final class Property {

        final String jsonName;
        final ComponentReader reader;
        final Check[] checks;
        final boolean list;
        final Check[] elementChecks;
        /** The plan of the value, or of each element, to cascade into, or null. */
        final Bean cascade;

        Property(String jsonName, ComponentReader reader, Check[] checks, boolean list, Check[] elementChecks, Bean cascade) {
            this.jsonName = jsonName;
            this.reader = reader;
            this.checks = checks;
            this.list = list;
            this.elementChecks = elementChecks;
            this.cascade = cascade;
        }

        Object valueOf(Object record) {
            return reader.read(record);
        }
    }

    /**
     * One constraint on one element: the annotation, its validator's class and what messages may
     * read of it.
     */
    static final class Check {

        final Annotation constraint;
        /** The validator, initialized with the annotation, shared as Hibernate Validator shares it. */
        final ConstraintValidator<Annotation, Object> validator;
        /** The message template of the annotation, empty for the library's constraints by default. */
        final String messageTemplate;
        /** The annotation's attributes by name, as messages read them. */
        final Map<String, Object> attributes;

        Check(Annotation constraint, Class<? extends ConstraintValidator<?, ?>> validatorType) {
            this.constraint = constraint;
            this.validator = newValidator(constraint, validatorType);
            this.attributes = attributes(constraint);
            this.messageTemplate = String.valueOf(attributes.get("message"));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static ConstraintValidator<Annotation, Object> newValidator(Annotation constraint,
                Class<? extends ConstraintValidator<?, ?>> validatorType) {
            try {
                ConstraintValidator validator = validatorType.getConstructor().newInstance();
                validator.initialize(constraint);
                return validator;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + validatorType.getName(), e);
            }
        }
    }

    /** Builds the plans of a type and of the types it cascades into, recursively. */
    private static final class Builder {

        /** The plans being built, so that a type nested in itself is planned once. */
        private final Map<Class<?>, Bean> building = new HashMap<>();
        /** The validators that may run each constraint annotation. */
        private final Map<Class<? extends Annotation>, List<ValidatorType>> validators;

        Builder(Map<Class<? extends Annotation>, List<ValidatorType>> validators) {
            this.validators = validators;
        }

        Bean plan(Class<?> type) {
            Bean bean = building.get(type);
            if (bean == null) {
                bean = new Bean(type);
                building.put(type, bean);
                fill(bean);
            }
            return bean;
        }

        private void fill(Bean bean) {
            Class<?> type = bean.type;
            if (!type.isRecord()) {
                bean.unsupported.add(type.getName() + " is not a record");
                return;
            }
            checkSupertypes(bean, type);
            checkGetters(bean, type);
            List<Check> checks = new ArrayList<>();
            for (Annotation annotation : type.getAnnotations()) {
                if (annotation instanceof GroupSequence) {
                    bean.unsupported.add(type.getSimpleName() + " redefines its default group with @GroupSequence");
                } else if (annotation.annotationType().getName().equals("org.hibernate.validator.group.GroupSequenceProvider")) {
                    bean.unsupported.add(type.getSimpleName() + " has a @GroupSequenceProvider");
                }
            }
            addChecks(bean, type.getSimpleName(), type.getAnnotations(), type, checks);
            List<Property> properties = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Property property = property(bean, component);
                if (property != null) {
                    properties.add(property);
                }
            }
            bean.checks = checks.toArray(new Check[0]);
            bean.properties = properties.toArray(new Property[0]);
        }

        private Property property(Bean bean, RecordComponent component) {
            String where = bean.type.getSimpleName() + "." + component.getName();
            Field field;
            try {
                field = bean.type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("no field for " + where, e);
            }
            List<Check> checks = new ArrayList<>();
            addChecks(bean, where, field.getDeclaredAnnotations(), field.getGenericType(), checks);
            boolean cascaded = field.isAnnotationPresent(Valid.class);
            if (field.isAnnotationPresent(ConvertGroup.class) || field.isAnnotationPresent(ConvertGroup.List.class)) {
                bean.unsupported.add(where + " converts groups");
            }
            AnnotatedType annotatedType = field.getAnnotatedType();
            for (Annotation annotation : annotatedType.getAnnotations()) {
                if (isConstraintOrCascade(annotation) && !Arrays.asList(field.getDeclaredAnnotations()).contains(annotation)) {
                    bean.unsupported.add(where + ": @" + annotation.annotationType().getSimpleName()
                            + " on the type of the component only");
                }
            }
            boolean list = field.getType() == List.class;
            List<Check> elementChecks = new ArrayList<>();
            boolean elementsCascaded = false;
            Type elementType = null;
            if (annotatedType instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
                for (int i = 0; i < arguments.length; i++) {
                    if (!holdsConstraintsOrCascade(arguments[i])) {
                        continue;
                    }
                    if (!list) {
                        bean.unsupported.add(where + ": constraints on the elements of a " + field.getType().getSimpleName());
                        continue;
                    }
                    elementType = arguments[i].getType();
                    addChecks(bean, where + "[]", arguments[i].getAnnotations(), elementType, elementChecks);
                    elementsCascaded = arguments[i].isAnnotationPresent(Valid.class);
                    if (arguments[i] instanceof AnnotatedParameterizedType) {
                        for (AnnotatedType nested : ((AnnotatedParameterizedType) arguments[i]).getAnnotatedActualTypeArguments()) {
                            if (holdsConstraintsOrCascade(nested)) {
                                bean.unsupported.add(where + ": constraints on elements of elements");
                            }
                        }
                    }
                }
            }
            if (list && cascaded) {
                // @Valid on a list itself cascades into its elements, as on its type argument.
                elementsCascaded = true;
                cascaded = false;
                elementType = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            }
            Bean cascade = null;
            if (cascaded) {
                cascade = cascadeInto(bean, where, field.getType());
            } else if (elementsCascaded) {
                cascade = cascadeInto(bean, where + "[]", rawClass(elementType));
            }
            if (checks.isEmpty() && elementChecks.isEmpty() && cascade == null) {
                return null;
            }
            Optional<ComponentReader> reader = ComponentReader.of(component);
            if (reader.isEmpty()) {
                bean.unsupported.add(where + " cannot be read without reflection: " + bean.type.getName() + " is not public");
                return null;
            }
            return new Property(JsonNames.of(component), reader.get(), checks.toArray(new Check[0]), list,
                    elementChecks.toArray(new Check[0]), cascade);
        }

        /** The plan of a type cascaded into, whose unsupported parts make the cascading type unsupported. */
        private Bean cascadeInto(Bean bean, String where, Class<?> type) {
            if (!type.isRecord() || !Modifier.isFinal(type.getModifiers())) {
                // Hibernate Validator cascades by the runtime type of each value: only a final type is known ahead.
                bean.unsupported.add(where + ": cascades into " + type.getName() + ", which is not a record");
                return null;
            }
            Bean cascade = plan(type);
            if (cascade != bean) {
                bean.unsupported.addAll(cascade.unsupported);
            }
            return cascade;
        }

        /** Adds the checks of the constraints among annotations on an element of the given type. */
        private void addChecks(Bean bean, String where, Annotation[] annotations, Type elementType, List<Check> checks) {
            for (Annotation annotation : annotations) {
                Class<? extends Annotation> annotationType = annotation.annotationType();
                if (annotationType.isAnnotationPresent(Constraint.class)) {
                    check(bean, where, annotation, elementType).ifPresent(checks::add);
                } else if (isRepeatedConstraints(annotation)) {
                    bean.unsupported.add(where + ": repeated constraints @" + annotationType.getName());
                }
            }
        }

        private Optional<Check> check(Bean bean, String where, Annotation constraint, Type elementType) {
            Class<? extends Annotation> annotationType = constraint.annotationType();
            String name = where + ": @" + annotationType.getSimpleName();
            Map<String, Object> attributes = attributes(constraint);
            if (!(attributes.get("groups") instanceof Class<?>[] groups)
                    || !(groups.length == 0 || Arrays.equals(groups, new Class<?>[] {Default.class}))) {
                bean.unsupported.add(name + " is in groups other than Default");
                return Optional.empty();
            }
            if (attributes.get("payload") instanceof Class<?>[] payload && Arrays.stream(payload).anyMatch(
                    type -> type == Unwrapping.Unwrap.class || type == Unwrapping.Skip.class)) {
                bean.unsupported.add(name + " unwraps its value");
                return Optional.empty();
            }
            if (annotationType.isAnnotationPresent(ReportAsSingleViolation.class)
                    || Arrays.stream(annotationType.getAnnotations()).anyMatch(
                            meta -> meta.annotationType().isAnnotationPresent(Constraint.class) || isRepeatedConstraints(meta))) {
                bean.unsupported.add(name + " is composed of other constraints");
                return Optional.empty();
            }
            Optional<ValidatorType> validator = validatorFor(validators, annotationType, elementType);
            if (validator.isEmpty()) {
                bean.unsupported.add(name + " has no validator for " + elementType.getTypeName()
                        + " that RecordValidator can run (add one to StandardValidators, or a library validator"
                        + " that reports through Finding.reportAll)");
                return Optional.empty();
            }
            return Optional.of(new Check(constraint, validator.get().type()));
        }

        /** The constraints of a record type's supertypes, which Hibernate Validator would inherit. */
        private void checkSupertypes(Bean bean, Class<?> type) {
            List<Class<?>> supertypes = new ArrayList<>(Arrays.asList(type.getInterfaces()));
            for (int i = 0; i < supertypes.size(); i++) {
                Class<?> supertype = supertypes.get(i);
                supertypes.addAll(Arrays.asList(supertype.getInterfaces()));
                for (Annotation annotation : supertype.getAnnotations()) {
                    if (isConstraintOrCascade(annotation)) {
                        bean.unsupported.add(type.getSimpleName() + " inherits @" + annotation.annotationType().getSimpleName()
                                + " from " + supertype.getSimpleName());
                    }
                }
                for (Method method : supertype.getDeclaredMethods()) {
                    checkMethod(bean, method);
                }
            }
        }

        /** Constraints on a record's methods count where Hibernate Validator sees a getter: not on accessors. */
        private void checkGetters(Bean bean, Class<?> type) {
            for (Method method : type.getDeclaredMethods()) {
                checkMethod(bean, method);
            }
        }

        private void checkMethod(Bean bean, Method method) {
            if (!isGetter(method)) {
                return;
            }
            AnnotatedElement[] places = {method, method.getAnnotatedReturnType()};
            for (AnnotatedElement place : places) {
                for (Annotation annotation : place.getAnnotations()) {
                    if (isConstraintOrCascade(annotation)) {
                        bean.unsupported.add(bean.type.getSimpleName() + ": @" + annotation.annotationType().getSimpleName()
                                + " on the getter " + method.getDeclaringClass().getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
    }

    /** A getter as Hibernate Validator's default strategy sees one: {@code getX()}, {@code isX()} or {@code hasX()}. */
    private static boolean isGetter(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        String name = method.getName();
        Class<?> returned = method.getReturnType();
        return (name.startsWith("get") && name.length() > 3 && returned != void.class)
                || (name.startsWith("is") && name.length() > 2 && returned == boolean.class)
                || (name.startsWith("has") && name.length() > 3 && returned == boolean.class);
    }

    private static boolean isConstraintOrCascade(Annotation annotation) {
        return annotation instanceof Valid || annotation.annotationType().isAnnotationPresent(Constraint.class)
                || isRepeatedConstraints(annotation);
    }

    private static boolean holdsConstraintsOrCascade(AnnotatedType type) {
        return Arrays.stream(type.getAnnotations()).anyMatch(ValidationPlan::isConstraintOrCascade);
    }

    /** A container of repeated constraints, such as {@code @Pattern.List}. */
    private static boolean isRepeatedConstraints(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            Class<?> returned = value.getReturnType();
            return returned.isArray() && returned.getComponentType().isAnnotation()
                    && returned.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The validator Hibernate Validator would choose for a constraint on an element of a type: among
     * those of the constraint that take the type, the most specific, if there is one.
     */
    private static Optional<ValidatorType> validatorFor(Map<Class<? extends Annotation>, List<ValidatorType>> validators,
            Class<? extends Annotation> constraint, Type elementType) {
        Class<?> element = box(rawClass(elementType));
        List<ValidatorType> candidates = new ArrayList<>();
        for (ValidatorType validator : validators.getOrDefault(constraint, List.of())) {
            boolean takes = validator.validated() instanceof ParameterizedType
                    ? validator.validated().equals(elementType)
                    : validator.validatedClass().isAssignableFrom(element);
            if (takes) {
                candidates.add(validator);
            }
        }
        return candidates.stream()
                .filter(candidate -> candidates.stream().allMatch(
                        other -> other.validatedClass().isAssignableFrom(candidate.validatedClass())))
                .reduce((first, second) -> {
                    throw new IllegalStateException("two validators of @" + constraint.getSimpleName() + " take "
                            + elementType.getTypeName() + ": " + first.type().getName() + ", " + second.type().getName());
                });
    }

    /**
     * The validators of each constraint: the library's, from its services file; those the
     * constraints name in {@code @Constraint(validatedBy)} are added as they are met; and the
     * standard ones this package runs itself.
     */
    private static Map<Class<? extends Annotation>, List<ValidatorType>> validators() {
        Map<Class<? extends Annotation>, List<ValidatorType>> validators = new LinkedHashMap<>();
        List<Class<?>> types = new ArrayList<>(serviceValidators());
        types.addAll(StandardValidators.TYPES);
        for (Class<?> type : types) {
            ValidatorType validator = validatorType(type);
            validators.computeIfAbsent(validator.constraint(), key -> new ArrayList<>()).add(validator);
        }
        return validators;
    }

    private static List<Class<?>> serviceValidators() {
        List<Class<?>> types = new ArrayList<>();
        try (InputStream in = ValidationPlan.class.getResourceAsStream(SERVICES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SERVICES);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String name = line.replaceAll("#.*", "").strip();
                if (!name.isEmpty()) {
                    types.add(Class.forName(name, false, ValidationPlan.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a validator listed in " + SERVICES + " is missing", e);
        }
        return types;
    }

    /** The constraint and the validated type of a validator, from its {@code ConstraintValidator<A, T>}. */
    @SuppressWarnings("unchecked")
    private static ValidatorType validatorType(Class<?> type) {
        Type[] arguments = constraintValidatorArguments(type);
        return new ValidatorType((Class<? extends ConstraintValidator<?, ?>>) type,
                (Class<? extends Annotation>) arguments[0], arguments[1]);
    }

    /**
     * The type arguments of {@code ConstraintValidator<A, T>} for a class that implements it itself,
     * or through a generic superclass such as {@link FindingValidator}, whose type variables the
     * subclass binds.
     */
    private static Type[] constraintValidatorArguments(Class<?> type) {
        for (Type implemented : type.getGenericInterfaces()) {
            if (implemented instanceof ParameterizedType parameterized && parameterized.getRawType() == ConstraintValidator.class) {
                return parameterized.getActualTypeArguments();
            }
        }
        if (type.getGenericSuperclass() instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> superclass) {
            Type[] arguments = constraintValidatorArguments(superclass).clone();
            List<TypeVariable<?>> variables = List.of(superclass.getTypeParameters());
            for (int i = 0; i < arguments.length; i++) {
                int bound = variables.indexOf(arguments[i]);
                if (bound >= 0) {
                    arguments[i] = parameterized.getActualTypeArguments()[bound];
                }
            }
            return arguments;
        }
        throw new IllegalStateException(type.getName()
                + " should implement ConstraintValidator<A, T>, itself or through a generic superclass");
    }

    private static Map<String, Object> attributes(Annotation annotation) {
        Map<String, Object> attributes = new HashMap<>();
        for (Method method : annotation.annotationType().getDeclaredMethods()) {
            if (method.getParameterCount() == 0) {
                try {
                    attributes.put(method.getName(), method.invoke(annotation));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + method, e);
                }
            }
        }
        return Map.copyOf(attributes);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static final Set<Class<?>> PRIMITIVES = Set.of(int.class, long.class, short.class, byte.class, char.class,
            boolean.class, float.class, double.class);

    private static Class<?> box(Class<?> type) {
        if (!PRIMITIVES.contains(type)) {
            return type;
        }
        return MethodType.methodType(type).wrap().returnType();
    }
}
