package id.kinerja.framework;

/** The colour of an index on the NKO sheet (docs/domain.md §4: Kemenkeu practice). */
public enum Colour {
    GREEN("Hijau"),
    YELLOW("Kuning"),
    RED("Merah");

    private final String label;

    Colour(String label) {
        this.label = label;
    }

    /** The Indonesian name: Hijau, Kuning, Merah. */
    public String label() {
        return label;
    }
}
