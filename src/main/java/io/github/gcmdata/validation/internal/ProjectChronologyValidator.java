package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Project;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ChronologicalOrder} on a {@link Project}. */
public final class ProjectChronologyValidator implements ConstraintValidator<ChronologicalOrder, Project> {

    /** Creates the validator. */
    public ProjectChronologyValidator() {
    }

    @Override
    public boolean isValid(Project project, ConstraintValidatorContext context) {
        return Finding.reportAll(context, project == null ? List.of()
                : PartialDates.endBeforeStart(project.startDate(), project.endDate()));
    }
}
