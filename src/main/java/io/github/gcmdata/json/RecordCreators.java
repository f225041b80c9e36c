package io.github.gcmdata.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Calls the canonical constructors of this library's records through a method handle made once per
 * record type, in place of Jackson 3's {@code MethodHandle.invokeWithArguments}, which adapts the
 * handle to the arguments again on every call: that adaptation took a seventh of the time of
 * reading a dataset (JFR, {@code SideBySideBenchmark.readGcmJson}). Which constructor is called,
 * with which arguments, and how its exceptions become reading errors stay Jackson's: only the call
 * changes.
 */
final class RecordCreators extends JacksonModule {

    @Override
    public String getModuleName() {
        return RecordCreators.class.getName();
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueInstantiator found) {
                return direct(found);
            }
        });
    }

    /** The instantiator, calling the canonical constructor directly if it is one of ours. */
    private static ValueInstantiator direct(ValueInstantiator found) {
        // Only Jackson's own instantiator, not a subclass whose creation this copy would bypass.
        if (!(found instanceof StdValueInstantiator standard) || found.getClass() != StdValueInstantiator.class
                || !(standard.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
            return found;
        }
        Constructor<?> constructor = creator.getAnnotated();
        Class<?> type = constructor.getDeclaringClass();
        if (!type.isRecord() || type.getModule() != RecordCreators.class.getModule()) {
            return found;
        }
        MethodHandle handle;
        try {
            handle = MethodHandles.lookup().unreflectConstructor(constructor)
                    .asSpreader(Object[].class, constructor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the records' module cannot call its own constructor " + constructor, e);
        }
        return new Direct(standard, handle);
    }

    private static final class Direct extends StdValueInstantiator {

        private final MethodHandle constructor;

        Direct(StdValueInstantiator found, MethodHandle constructor) {
            super(found);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            try {
                return (Object) constructor.invokeExact(arguments);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                // What StdValueInstantiator does with the same exception.
                return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, e));
            }
        }
    }
}
