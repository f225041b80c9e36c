/**
 * What changed between two datasets, record by record and field by field:
 * {@link io.github.gcmdata.diff.DatasetDiff}.
 *
 * <p>A user who pins a version of the bundled reference data compares it with a newer one to see
 * which states, titles or votes a new version adds, removes or corrects.
 */
package io.github.gcmdata.diff;
