package io.github.gcmdata.validation;

import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.reference.ReferenceData;

/**
 * Resolves references against the reference data bundled in the library: IOM and the other
 * organisations by id, states by id or ISO 3166-1 code, objectives, guiding principles, UN documents
 * (see {@link ReferenceData#record(RecordKind, String)}). Records nested in others, such as
 * organisational units, are not resolved here.
 */
final class BundledReferences {

    /** The resolver; it loads the bundled data the first time it is asked. */
    static final DatasetIntegrity.Resolver RESOLVER = BundledReferences::resolves;

    private BundledReferences() {
    }

    private static boolean resolves(Class<?> scope, String id) {
        return RecordKind.ofType(scope).flatMap(kind -> ReferenceData.record(kind, id)).isPresent();
    }
}
