/** A user's application as a named module: it requires the library and nothing else. */
module consumer.app {
    requires io.github.gcmdata;
}
