package id.kinerja.report;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** One document in the format asked for: the XHTML itself, or rendered to PDF or DOCX. */
@Component
public class ReportRenderer {

    private final PdfRenderer pdf;
    private final DocxRenderer docx;

    ReportRenderer(PdfRenderer pdf, DocxRenderer docx) {
        this.pdf = pdf;
        this.docx = docx;
    }

    public byte[] render(ReportDocument document, ReportFormat format) {
        return switch (format) {
            case HTML -> document.xhtml().getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(document);
            case DOCX -> docx.render(document);
        };
    }
}
