package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The end of the annotated record is not before its start.
 *
 * <p>{@link io.github.gcmdata.model.Event}: {@code endDate} is not before {@code startDate}.
 * {@link io.github.gcmdata.model.Position} and {@link io.github.gcmdata.model.Membership}: the
 * {@code endDate} is not certainly before the {@code startDate}
 * ({@link io.github.gcmdata.model.PartialDate#isCertainlyBefore(io.github.gcmdata.model.PartialDate)},
 * so {@code 2019} and {@code 2019-05} are in order). {@link io.github.gcmdata.model.AgendaItem}:
 * {@code endTime} is after {@code startTime}.
 *
 * <p>A missing start or end is valid. Codes: {@code date.endBeforeStart},
 * {@code agenda.itemEndsBeforeStart}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ChronologicalOrder {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.date.endBeforeStart}";

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
}
