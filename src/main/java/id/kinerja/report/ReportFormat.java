package id.kinerja.report;

import java.util.Locale;

/** The forms a report is delivered in: all three come from the same XHTML. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * Parses {@code html}, {@code pdf} or {@code docx} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ReportFormat parse(String text) {
        if (text != null) {
            for (ReportFormat f : values()) {
                if (f.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("format tidak dikenal '" + text + "' (html, pdf, docx)");
    }
}
