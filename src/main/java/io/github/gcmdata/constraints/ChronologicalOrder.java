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
 * <p>A missing start or end is valid. Codes: {@link
 * io.github.gcmdata.validation.ViolationCode#DATE_END_BEFORE_START}, {@link
 * io.github.gcmdata.validation.ViolationCode#AGENDA_ITEM_ENDS_BEFORE_START}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ChronologicalOrder {

    /**
     * The message template of every violation of this constraint. Empty, the default, gives each
     * violation the message of its own code, in the language of the validator.
     *
     * @return the message template, or empty
     */
    String message() default "";

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
