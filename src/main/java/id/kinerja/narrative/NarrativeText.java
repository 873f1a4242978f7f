package id.kinerja.narrative;

import java.util.List;

/**
 * A section's prose ready for a document: the latest version, sanitised XHTML with every placeholder replaced by
 * its formatted figure. {@code problems} lists what could not be resolved (an unknown placeholder is named there
 * and left visible in the text as {@code [?iku.99.realisasi.Y]}), for the consistency check.
 *
 * @param section  the section
 * @param xhtml    the body as an XHTML fragment (paragraphs, lists, tables, bold/italic), empty when none written
 * @param version  the version printed, 0 when none written
 * @param problems unresolved placeholders and the like, in the reader's language (narrative.placeholder.* keys)
 */
public record NarrativeText(NarrativeSection section, String xhtml, int version, List<String> problems) {

    public boolean written() {
        return version > 0 && !xhtml.isBlank();
    }
}
