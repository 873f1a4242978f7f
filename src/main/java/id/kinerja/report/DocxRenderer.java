package id.kinerja.report;

import org.docx4j.convert.in.xhtml.ImportXHTMLProperties;
import org.docx4j.convert.in.xhtml.XHTMLImporterImpl;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;

/**
 * Renders a document's XHTML to DOCX with docx4j's XHTML importer: the same XHTML as the PDF. Headings
 * ({@code h1}-{@code h3}) become Word's Heading 1-3 paragraphs, tables become Word tables, CSS colours and
 * borders carry over.
 */
@Component
public class DocxRenderer {

    static {
        // h1..h6 become the paragraph styles named "heading 1".. (Heading1..) instead of formatted plain paragraphs
        ImportXHTMLProperties.setProperty("docx4j-ImportXHTML.Element.Heading.MapToStyle", true);
    }

    public byte[] render(ReportDocument document) {
        try {
            WordprocessingMLPackage docx = WordprocessingMLPackage.createPackage(PageSizePaper.A4, document.kind().landscape());
            XHTMLImporterImpl importer = new XHTMLImporterImpl(docx);
            docx.getMainDocumentPart().getContent().addAll(importer.convert(document.xhtml(), null));
            docx.setTitle(document.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("DOCX tidak dapat dibuat: " + document.title(), e);
        }
    }
}
