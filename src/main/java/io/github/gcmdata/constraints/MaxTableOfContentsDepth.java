package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated list of {@link io.github.gcmdata.model.TableOfContentsEntry} nests at most
 * {@link #value()} levels deep, the top level being level 1. Each entry at the first level too
 * deep is reported at its JSON Pointer.
 *
 * <p>{@code null} is valid. Code: {@code toc.tooDeep}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxTableOfContentsDepth {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.toc.tooDeep}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The deepest level allowed.
     *
     * @return the maximum depth, at least 1
     */
    int value() default 6;
}
