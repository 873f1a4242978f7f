package id.kinerja.report;

import java.util.Locale;

/**
 * The documents the report module generates. Each is one Thymeleaf template under
 * {@code templates/report/} filled from a view model built by {@link ReportService}; the renderers do not know
 * which document they render, so another document (the LAKIN) is another constant, template and model.
 */
public enum ReportKind {
    /** The quarterly (or yearly) NKO report: {@code templates/report/nko.html}. */
    NKO("report/nko", true),
    /** The performance agreement document: {@code templates/report/pk.html}. */
    PK("report/pk", false),
    /** The yearly performance report (Laporan Kinerja): {@code templates/report/lakin.html}. */
    LAKIN("report/lakin", false);

    private final String template;
    private final boolean landscape;

    ReportKind(String template, boolean landscape) {
        this.template = template;
        this.landscape = landscape;
    }

    public String template() {
        return template;
    }

    /** Whether its pages are A4 landscape (the wide NKO sheet) rather than portrait. */
    public boolean landscape() {
        return landscape;
    }

    /** The CSS page size: {@code A4} or {@code A4 landscape}. */
    public String pageSize() {
        return landscape ? "A4 landscape" : "A4";
    }

    /** Parses {@code nko}, {@code pk} or {@code lakin} (any case); null when unknown. */
    public static ReportKind find(String text) {
        for (ReportKind k : values()) {
            if (k.name().equals(text == null ? null : text.trim().toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
