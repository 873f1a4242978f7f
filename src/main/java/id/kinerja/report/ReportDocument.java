package id.kinerja.report;

import java.util.function.Supplier;

/**
 * A generated report: which document it is, its title, a file name without extension (letters, digits, '-' and '_' only) and
 * the XHTML every format is rendered from. {@code wordXhtml} gives the XHTML for Word when it differs (the LAKIN:
 * charts as PNG images instead of SVG, the table of contents as a Word field); it is built only when a DOCX is asked for.
 * {@code draftMark} is the text on top of every page of a draft ("DRAF": the consistency check has errors neither fixed
 * nor accepted), null for a document that is not a draft; the XHTML carries it already, the DOCX puts it in the header.
 */
public record ReportDocument(
        ReportKind kind, String title, String fileName, String xhtml, Supplier<String> wordXhtml, String draftMark) {

    /** A document whose Word version is the same XHTML, not a draft. */
    public ReportDocument(ReportKind kind, String title, String fileName, String xhtml) {
        this(kind, title, fileName, xhtml, () -> xhtml, null);
    }

    /** A document that is not a draft. */
    public ReportDocument(ReportKind kind, String title, String fileName, String xhtml, Supplier<String> wordXhtml) {
        this(kind, title, fileName, xhtml, wordXhtml, null);
    }

    /** Whether it is marked as a draft on every page. */
    public boolean draft() {
        return draftMark != null;
    }

    /** The file name for a format, e.g. {@code NKO-KPP-KUPANG-2024-Q3.pdf}. */
    public String fileName(ReportFormat format) {
        return fileName + "." + format.extension();
    }
}
