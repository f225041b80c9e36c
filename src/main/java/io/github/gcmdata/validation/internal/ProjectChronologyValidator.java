package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Project;
import java.util.List;

/** Validates {@link ChronologicalOrder} on a {@link Project}. */
public final class ProjectChronologyValidator extends FindingValidator<ChronologicalOrder, Project> {

    /** Creates the validator. */
    public ProjectChronologyValidator() {
    }

    @Override
    List<Finding> findings(Project project) {
        return PartialDates.endBeforeStart(project.startDate(), project.endDate());
    }
}
