package id.kinerja.narrative;

/**
 * One place in the LAKIN where the office writes its own prose. {@code key} is what is stored in
 * {@code report_narrative.section_key}; {@code indicatorCode} is set for the per-IKU blocks of chapter III.A.
 *
 * @param key           e.g. {@code kata-pengantar}, {@code bab3.realisasi-anggaran}, {@code iku.01a-CP.upaya}
 * @param title         the Indonesian heading of the block, as printed in the document and the editor
 * @param chapter       where it sits: {@code front}, {@code bab1} .. {@code bab4}
 * @param indicatorCode the IKU of a per-IKU block, or null
 */
public record NarrativeSection(String key, String title, String chapter, String indicatorCode) {

    public boolean perIndicator() {
        return indicatorCode != null;
    }
}
