/**
 * Documents that leave Kompas for other bodies (annual reports, exports): a small model of headings, paragraphs,
 * tables and charts, written as PDF ({@link PdfDocuments}) or as an editable Word document ({@link DocxDocuments}).
 * Modules build a {@link Document} with texts already translated; the renderers know nothing of the domain.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("document")
package be.kompas.core.document;

import org.jspecify.annotations.NullMarked;
