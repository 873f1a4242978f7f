package id.kinerja.framework;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Lists the file spellings of an enum, for error messages. */
final class EnumNames {
    private EnumNames() {}

    static String list(Enum<?>[] values) {
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
