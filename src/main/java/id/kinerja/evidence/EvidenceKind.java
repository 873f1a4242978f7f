package id.kinerja.evidence;

import java.util.Locale;

/** What a piece of evidence is (a fixed list; the labels are in messages.properties, {@code evidence.kind.*}). */
public enum EvidenceKind {
    /** Laporan. */
    REPORT,
    /** Tangkapan layar (of a central DJP application, e.g. Appportal, Mandor). */
    SCREENSHOT,
    /** Data (an extract, a worksheet). */
    DATA,
    /** Surat / nota dinas. */
    LETTER,
    /** Lainnya. */
    OTHER;

    /** The kind with this name, or null. */
    public static EvidenceKind parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
