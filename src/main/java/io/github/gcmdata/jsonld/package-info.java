/**
 * The records as linked data: {@link io.github.gcmdata.jsonld.JsonLdWriter} writes schema.org
 * JSON-LD for web pages and search engines, and {@link io.github.gcmdata.jsonld.JsonLdContext} is
 * the JSON-LD context that makes the library's own JSON linked data.
 */
package io.github.gcmdata.jsonld;
