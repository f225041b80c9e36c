package io.github.gcmdata.json;

/** The read limits of one {@link GcmJson}, for the errors that name them. */
record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {
}
