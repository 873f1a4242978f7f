package id.kinerja.revenue;

/**
 * The two activities whose revenue an IKU measures (docs/domain.md §6): Pengawasan Pembayaran Masa (PPM, IKU 02a)
 * and Pengujian Kepatuhan Material (PKM, IKU 03a). Their figures come from the Mandor application, by activity, not
 * by tax type.
 */
public enum RevenueActivity {
    PPM("02a-CP", "Pengawasan Pembayaran Masa"),
    PKM("03a-CP", "Pengujian Kepatuhan Material");

    private final String indicatorCode;
    private final String longName;

    RevenueActivity(String indicatorCode, String longName) {
        this.indicatorCode = indicatorCode;
        this.longName = longName;
    }

    /** The IKU measuring this activity's revenue. */
    public String indicatorCode() {
        return indicatorCode;
    }

    /** The activity's name as the reports print it. */
    public String longName() {
        return longName;
    }

    /** The activity of an IKU code, or null. */
    public static RevenueActivity ofIndicator(String code) {
        for (RevenueActivity a : values()) {
            if (a.indicatorCode.equals(code)) {
                return a;
            }
        }
        return null;
    }

    /** The activity of its name (PPM, PKM; any case, blanks ignored), or null. */
    public static RevenueActivity of(String name) {
        if (name == null) {
            return null;
        }
        for (RevenueActivity a : values()) {
            if (a.name().equalsIgnoreCase(name.strip())) {
                return a;
            }
        }
        return null;
    }
}
