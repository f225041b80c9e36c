package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.AllowedTargetKind;
import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;
import java.util.stream.Collectors;

/** Validates {@link AllowedTargetKind}. */
public final class AllowedTargetKindValidator extends FindingValidator<AllowedTargetKind, Relation> {

    /** Creates the validator. */
    public AllowedTargetKindValidator() {
    }

    @Override
    List<Finding> findings(Relation relation) {
        if (relation.kind().allowsTarget(relation.target().kind())) {
            return List.of();
        }
        String allowed = relation.kind().targetKinds().stream().sorted().map(RecordKind::kindName)
                .collect(Collectors.joining(", "));
        return List.of(Finding.at(ViolationCode.RELATION_TARGET_KIND, "/target/kind", "kind",
                relation.target().kind().kindName(), "relation", JsonNames.of(relation.kind()), "allowed", allowed));
    }
}
