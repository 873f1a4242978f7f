package id.kinerja.organisation;

/** Kinds of unit in the DJP tree: headquarters, regional office, tax office, service post, section. */
public enum UnitType {
    HQ("Kantor Pusat"),
    KANWIL("Kantor Wilayah"),
    KPP("Kantor Pelayanan Pajak"),
    KP2KP("Kantor Pelayanan, Penyuluhan, dan Konsultasi Perpajakan"),
    SECTION("Seksi / Subbagian");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
