/**
 * The reference data bundled in the jar, with typed look-ups: {@link io.github.gcmdata.reference.ReferenceData}.
 *
 * <p>The 23 GCM objectives and 10 guiding principles of resolution A/RES/73/195, the UN Member and
 * observer States with their names in the six UN languages, the Compact's process (the Marrakech
 * conference, the General Assembly's recorded vote, the review forums, the GCM Champions, the UN
 * Network on Migration), the International Organization for Migration with its member and observer
 * states, the UN documents around the Global Compact and the International Dialogue on Migration
 * series, each record with its sources. The data has its own version and is generated from sourced
 * tables in the library's repository; it is read once, on first use, and is immutable.
 */
package io.github.gcmdata.reference;
