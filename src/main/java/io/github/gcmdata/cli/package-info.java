/**
 * The command-line validator, {@link io.github.gcmdata.cli.Main}: reads GCM JSON files and reports
 * every problem, as text or as JSON. Not exported; it needs the optional picocli.
 */
package io.github.gcmdata.cli;
