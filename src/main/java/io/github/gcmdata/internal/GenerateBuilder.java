package io.github.gcmdata.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the build for the builder base class of a record: {@code EventBuilderBase} beside
 * {@code Event}, with a field, a setter and javadoc for every component, a {@code build()} method
 * and a copy from the record.
 *
 * <p>The build's annotation processor ({@code src/build/java}, not shipped) writes the base class
 * into {@code target/generated-sources/annotations}. The record keeps what its users read: its
 * {@code builder(...)} factories, which take the components that {@code @JsonProperty(required = true)}
 * marks, in their order (the processor checks it), {@code toBuilder()}, and a nested
 * {@code public static final class Builder extends EventBuilderBase} with a private constructor.
 *
 * <p>Not part of the API: this package is not exported, and the annotation is gone after compiling.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateBuilder {
}
