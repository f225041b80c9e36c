package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.MaxTableOfContentsDepth;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link MaxTableOfContentsDepth}. */
public final class TableOfContentsDepthValidator
        implements ConstraintValidator<MaxTableOfContentsDepth, List<TableOfContentsEntry>> {

    private int maxDepth = 6;

    /** Creates the validator. */
    public TableOfContentsDepthValidator() {
    }

    @Override
    public void initialize(MaxTableOfContentsDepth annotation) {
        maxDepth = annotation.value();
    }

    @Override
    public boolean isValid(List<TableOfContentsEntry> entries, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(entries, maxDepth));
    }

    static List<Finding> findings(List<TableOfContentsEntry> entries, int maxDepth) {
        List<Finding> findings = new ArrayList<>();
        if (entries != null) {
            walk(entries, "", 1, maxDepth, findings);
        }
        return findings;
    }

    private static void walk(List<TableOfContentsEntry> entries, String pointer, int depth, int maxDepth,
            List<Finding> findings) {
        for (int i = 0; i < entries.size(); i++) {
            String here = pointer + "/" + i;
            if (depth > maxDepth) {
                findings.add(Finding.at(ViolationCode.TOC_TOO_DEEP, here, null, entries.get(i).name(), "depth", depth, "max", maxDepth));
            } else {
                walk(entries.get(i).entries(), here + "/entries", depth + 1, maxDepth, findings);
            }
        }
    }
}
