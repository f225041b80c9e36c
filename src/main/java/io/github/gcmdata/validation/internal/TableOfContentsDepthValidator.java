package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.MaxTableOfContentsDepth;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link MaxTableOfContentsDepth}. */
public final class TableOfContentsDepthValidator
        extends FindingValidator<MaxTableOfContentsDepth, List<TableOfContentsEntry>> {

    private int maxDepth = 6;

    /** Creates the validator. */
    public TableOfContentsDepthValidator() {
    }

    @Override
    public void initialize(MaxTableOfContentsDepth annotation) {
        maxDepth = annotation.value();
    }

    @Override
    List<Finding> findings(List<TableOfContentsEntry> entries) {
        return findings(entries, maxDepth);
    }

    static List<Finding> findings(List<TableOfContentsEntry> entries, int maxDepth) {
        List<Finding> findings = new ArrayList<>();
        walk(entries, "", 1, maxDepth, findings);
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
