/**
 * The reference data bundled in the jar, with typed look-ups: {@link io.github.gcmdata.reference.ReferenceData}.
 *
 * <p>The 23 GCM objectives and 10 guiding principles of resolution A/RES/73/195, the International
 * Organization for Migration with its member and observer states, the UN documents around the
 * Global Compact and the International Dialogue on Migration series, each record with its sources.
 * The data is read once, on first use, and is immutable.
 */
package io.github.gcmdata.reference;
