package id.kinerja.framework.internal;

import id.kinerja.framework.Consolidation;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.ScoringKind;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Lists the file spellings of an enum, for error messages. */
public final class EnumNames {
    private EnumNames() {}

    public static String list(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> switch (v) {
                    case Polarity p -> p.fileName();
                    case Consolidation c -> c.fileName();
                    case ScoringKind k -> k.fileName();
                    case MeasurementUnit u -> u.fileName();
                    default -> v.name();
                })
                .collect(Collectors.joining(", "));
    }
}
