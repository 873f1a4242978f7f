package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of the engine's trace (or one warning, or one reason): a message key and its arguments, rendered in the
 * user's language by the web and report layers from the message bundles ({@code scoring.*} keys). The engine stays
 * plain Java and formats nothing; numbers stay {@link BigDecimal} until a line is read.
 *
 * <p>Arguments are rendered by kind: {@link BigDecimal} half-up to 2 places in the reader's number format,
 * {@link Weight} as written (14, 12,5), {@link Join} as its rendered items joined, a nested {@code TraceLine} as
 * its own message, an enum ({@code Period}, {@code Consolidation}, {@link Exclusion}) by its bundle label, and
 * anything else as text (codes and names). A null argument is rendered as a dash.
 *
 * @param key  the message key, e.g. {@code scoring.trace.maximize}
 * @param args the message arguments in order (may contain nulls)
 */
public record TraceLine(String key, List<Object> args) {

    public TraceLine {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static TraceLine of(String key, Object... args) {
        return new TraceLine(key, Arrays.asList(args));
    }

    /** The argument at {@code i}. */
    public Object arg(int i) {
        return args.get(i);
    }

    /** Key and arguments, for logs and test failure messages; users never read this. */
    @Override
    public String toString() {
        return key + args;
    }

    /** A weight in a line: printed as written (14, 12,5), not rounded to 2 places. */
    public record Weight(BigDecimal value) {
        public Weight {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Items rendered one by one and joined with a separator that reads the same in every language (" + ", " x "). */
    public record Join(String separator, List<Object> items) {
        public Join {
            Objects.requireNonNull(separator, "separator");
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }

        public static Join of(String separator, Object... items) {
            return new Join(separator, Arrays.asList(items));
        }
    }
}
