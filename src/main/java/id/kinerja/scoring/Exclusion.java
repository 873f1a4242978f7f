package id.kinerja.scoring;

/** Why an indicator was left out of a period's score (docs/domain.md §4.5), in Indonesian and English. */
public enum Exclusion {
    NO_TARGET("Tidak ada target untuk periode ini", "No target for this period"),
    ZERO_TARGET("Target periode ini nol, capaian tidak dapat dihitung", "The target for this period is zero"),
    NO_REALIZATION("Tidak ada realisasi untuk periode ini", "No realization for this period"),
    NO_UPPER_BOUND("Target rentang tanpa batas atas", "Range target without an upper bound"),
    INVALID_RANGE("Batas atas target rentang di bawah batas bawah", "Range target's upper bound is below its lower bound"),
    NO_CONVERSION_BAND("Realisasi di luar tabel konversi", "Realization falls outside the conversion table"),
    ZERO_WEIGHT("Bobot IKU nol", "The indicator's weight is zero");

    private final String indonesian;
    private final String english;

    Exclusion(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The reason code, e.g. "NO_TARGET". */
    public String code() {
        return name();
    }

    public String indonesian() {
        return indonesian;
    }

    public String english() {
        return english;
    }

    /** "Indonesian (English)". */
    public String text() {
        return indonesian + " (" + english + ")";
    }
}
