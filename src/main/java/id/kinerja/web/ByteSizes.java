package id.kinerja.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes as people read them: {@code 512 B}, {@code 12 KB}, {@code 1,5 MB} (Indonesian decimal comma). */
public final class ByteSizes {

    private ByteSizes() {}

    public static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP) + " KB";
        }
        return BigDecimal.valueOf(bytes)
                        .divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',')
                + " MB";
    }
}
