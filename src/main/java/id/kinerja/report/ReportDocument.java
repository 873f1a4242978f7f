package id.kinerja.report;

import java.util.function.Supplier;

/**
 * A generated report: which document it is, its title, a file name without extension (letters, digits, '-' and '_' only) and
 * the XHTML every format is rendered from. {@code wordXhtml} gives the XHTML for Word when it differs (the LAKIN:
 * charts as PNG images instead of SVG, the table of contents as a Word field); it is built only when a DOCX is asked for.
 */
public record ReportDocument(ReportKind kind, String title, String fileName, String xhtml, Supplier<String> wordXhtml) {

    /** A document whose Word version is the same XHTML. */
    public ReportDocument(ReportKind kind, String title, String fileName, String xhtml) {
        this(kind, title, fileName, xhtml, () -> xhtml);
    }

    /** The file name for a format, e.g. {@code NKO-KPP-KUPANG-2024-Q3.pdf}. */
    public String fileName(ReportFormat format) {
        return fileName + "." + format.extension();
    }
}
