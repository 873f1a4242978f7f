package id.kinerja.framework;

import id.kinerja.framework.internal.EnumNames;

/** The unit an indicator's target and realization are expressed in. File spellings: percent, index, rupiah, count. */
public enum MeasurementUnit {
    PERCENT("percent"),
    INDEX("index"),
    RUPIAH("rupiah"),
    COUNT("count");

    private final String fileName;

    MeasurementUnit(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses the file spelling; null when unknown. */
    public static MeasurementUnit fromFileName(String s) {
        for (MeasurementUnit u : values()) {
            if (u.fileName.equals(s)) {
                return u;
            }
        }
        return null;
    }

    public static String acceptedValues() {
        return EnumNames.list(values());
    }
}
