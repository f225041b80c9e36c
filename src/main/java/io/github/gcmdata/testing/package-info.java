/**
 * AssertJ assertions for tests that build or read GCM data: {@link io.github.gcmdata.testing.GcmAssertions}.
 *
 * <p>This package needs AssertJ ({@code org.assertj:assertj-core}), an optional dependency of this
 * library: add it to your test dependencies (most projects already have it). Nothing else in the
 * library uses AssertJ. A named module that uses these assertions requires {@code org.assertj.core}
 * beside {@code io.github.gcmdata}; a module that does not use them compiles and runs without
 * AssertJ.
 */
package io.github.gcmdata.testing;
