/** A user's tests as a named module, with AssertJ: GcmAssertions beside AssertJ's own assertions. */
module consumer.assertions {
    requires io.github.gcmdata;
    requires org.assertj.core;
}
