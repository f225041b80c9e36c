/**
 * Citations of the publications of a dataset, for reference managers and bibliographies:
 * {@link io.github.gcmdata.citation.CslJson} (Zotero, Pandoc, citeproc),
 * {@link io.github.gcmdata.citation.BibTex} (LaTeX) and {@link io.github.gcmdata.citation.Ris}
 * (EndNote, Zotero, library catalogues). One entry per edition, in the edition's language.
 */
package io.github.gcmdata.citation;
