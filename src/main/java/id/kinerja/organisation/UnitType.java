package id.kinerja.organisation;

/**
 * Kinds of unit in the DJP tree: headquarters, regional office, tax office, service post, section; and under which
 * kind each stands (docs/domain.md "2. Organisation"): a Kanwil under DJP headquarters, a KPP under a Kanwil, a
 * KP2KP or a section under a KPP; headquarters is the root.
 */
public enum UnitType {
    HQ("Kantor Pusat", null),
    KANWIL("Kantor Wilayah", HQ),
    KPP("Kantor Pelayanan Pajak", KANWIL),
    KP2KP("Kantor Pelayanan, Penyuluhan, dan Konsultasi Perpajakan", KPP),
    SECTION("Seksi / Subbagian", KPP);

    private final String label;
    private final UnitType parentType;

    UnitType(String label, UnitType parentType) {
        this.label = label;
        this.parentType = parentType;
    }

    public String label() {
        return label;
    }

    /** The kind of unit this kind stands under; null for headquarters (the root). */
    public UnitType parentType() {
        return parentType;
    }

    /** The message key of the kind's name, e.g. {@code unit.type.KPP}. */
    public String key() {
        return "unit.type." + name();
    }
}
