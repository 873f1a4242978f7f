package id.kinerja.narrative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of narrative sections of a LAKIN (docs/domain.md §8), in document order: the fixed sections of the
 * front matter and chapters I-IV, and for every IKU of the unit's agreement the seven blocks of chapter III.A
 * (analysis, extra effort, causes and solutions, efficiency, supporting programs, risk mitigation, action plan).
 */
public final class NarrativeSections {

    /** The per-IKU blocks: key suffix and title. */
    public static final List<String[]> INDICATOR_BLOCKS = List.of(
            new String[] {"analisis", "Analisis capaian"},
            new String[] {"upaya", "Upaya yang dilakukan"},
            new String[] {"penyebab", "Penyebab keberhasilan/kegagalan dan alternatif solusi"},
            new String[] {"efisiensi", "Analisis efisiensi penggunaan sumber daya"},
            new String[] {"program", "Program/kegiatan yang menunjang"},
            new String[] {"mitigasi", "Mitigasi risiko"},
            new String[] {"rencana-aksi", "Rencana aksi tahun berikutnya"});

    private static final List<NarrativeSection> BEFORE_INDICATORS = List.of(
            new NarrativeSection("kata-pengantar", "Kata Pengantar", "front", null),
            new NarrativeSection("ikhtisar-eksekutif", "Ikhtisar Eksekutif", "front", null),
            new NarrativeSection("bab1.latar-belakang", "Latar Belakang", "bab1", null),
            new NarrativeSection("bab1.tugas-fungsi", "Tugas, Fungsi, dan Struktur Organisasi", "bab1", null),
            new NarrativeSection("bab1.sumber-daya-manusia", "Sumber Daya Manusia", "bab1", null),
            new NarrativeSection("bab1.sistematika", "Sistematika Laporan", "bab1", null),
            new NarrativeSection("bab2.rencana-strategis", "Perencanaan Strategis", "bab2", null),
            new NarrativeSection("bab2.perjanjian-kinerja", "Perjanjian Kinerja", "bab2", null),
            new NarrativeSection("bab3.capaian-organisasi", "Capaian Kinerja Organisasi", "bab3", null));

    private static final List<NarrativeSection> AFTER_INDICATORS = List.of(
            new NarrativeSection("bab3.realisasi-anggaran", "Realisasi Anggaran", "bab3", null),
            new NarrativeSection("bab3.efisiensi", "Efisiensi Penggunaan Sumber Daya", "bab3", null),
            new NarrativeSection("bab3.penghargaan", "Penghargaan dan Inovasi", "bab3", null),
            new NarrativeSection("bab4.penutup", "Penutup", "bab4", null));

    private NarrativeSections() {}

    /** All sections of a LAKIN whose agreement has these IKU (in the framework's order). */
    public static List<NarrativeSection> forIndicators(Collection<String> indicatorCodes) {
        List<NarrativeSection> all = new ArrayList<>(BEFORE_INDICATORS);
        for (String code : indicatorCodes) {
            all.addAll(ofIndicator(code));
        }
        all.addAll(AFTER_INDICATORS);
        return List.copyOf(all);
    }

    /** The seven blocks of one IKU. */
    public static List<NarrativeSection> ofIndicator(String indicatorCode) {
        return INDICATOR_BLOCKS.stream()
                .map(b -> new NarrativeSection("iku." + indicatorCode + "." + b[0], b[1], "bab3", indicatorCode))
                .toList();
    }

    /** The section of a key, when the key is well formed (an IKU key is checked for shape, not for the IKU). */
    public static Optional<NarrativeSection> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (NarrativeSection s : BEFORE_INDICATORS) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        for (NarrativeSection s : AFTER_INDICATORS) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        if (key.startsWith("iku.")) {
            int dot = key.lastIndexOf('.');
            if (dot > 4) {
                String code = key.substring(4, dot);
                return ofIndicator(code).stream()
                        .filter(s -> s.key().equals(key))
                        .findFirst();
            }
        }
        return Optional.empty();
    }
}
