package id.kinerja.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of trace (or warning) lines whose numbers are formatted only when a line is read: scoring
 * hundreds of offices stays cheap, and a trace costs its formatting only when someone looks at it. Each item is
 * either a ready {@link String} or a {@link Line}, rendered once and then kept.
 */
final class TraceLines extends AbstractList<String> implements RandomAccess {

    static final TraceLines EMPTY = new TraceLines(List.of());

    private final Object[] items;
    private final String[] rendered;

    TraceLines(List<Object> items) {
        this.items = items.toArray();
        this.rendered = new String[this.items.length];
    }

    @Override
    public String get(int i) {
        String s = rendered[i];
        if (s == null) {
            Object item = items[i];
            s = item instanceof Line line ? line.render() : (String) item;
            rendered[i] = s; // a benign race: every thread renders the same immutable string
        }
        return s;
    }

    @Override
    public int size() {
        return items.length;
    }

    /** Appends the unrendered items to another trace being built. */
    void appendTo(List<Object> target) {
        for (Object item : items) {
            target.add(item);
        }
    }

    /** Copies a list into a {@code TraceLines}, keeping one as it is. */
    static List<String> of(List<?> lines) {
        if (lines instanceof TraceLines t) {
            return t;
        }
        return List.copyOf(lines.stream().map(String::valueOf).toList());
    }

    /** A line made of text, numbers (shown half-up to 2 places) and weights (shown as written). */
    static final class Line {
        private final Object[] parts;

        Line(Object... parts) {
            this.parts = parts;
        }

        String render() {
            StringBuilder sb = new StringBuilder(96);
            for (Object p : parts) {
                if (p instanceof BigDecimal d) {
                    sb.append(fmt(d));
                } else if (p instanceof Weight w) {
                    sb.append(plain(w.value()));
                } else {
                    sb.append(p);
                }
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /** A weight in a line: printed as written (14, 12.5), not rounded to 2 places. */
    record Weight(BigDecimal value) {
    }

    /** Half-up, 2 places: for display only. */
    static String fmt(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A weight as written: 14, 12.5. */
    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
