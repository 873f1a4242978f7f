package id.kinerja.report;

/**
 * A generated report: which document it is, its title, a file name without extension (letters, digits, '-' and '_' only) and
 * the XHTML every format is rendered from.
 */
public record ReportDocument(ReportKind kind, String title, String fileName, String xhtml) {

    /** The file name for a format, e.g. {@code NKO-KPP-KUPANG-2024-Q3.pdf}. */
    public String fileName(ReportFormat format) {
        return fileName + "." + format.extension();
    }
}
