package id.kinerja.consistency;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A text of a finding as a message key of the bundles ({@code messages*.properties}, keys {@code check.*}) with its
 * arguments, resolved in the reader's language only when shown ({@link FindingTexts}). An argument is a plain value
 * (text, a code, a year), another message (a period's name, a status label), a {@link Figure} (formatted for the
 * reader's locale: {@code 1.234,56} in Indonesian) or a {@link Joined} list of such.
 */
public record Message(String code, List<Object> args) {

    public Message {
        args = List.copyOf(args.stream().map(a -> a == null ? Figure.NONE : a).toList());
    }

    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    /** A period by its name as users say it ("Triwulan III", "s.d. Triwulan III"), never its code. */
    public static Message period(Period period) {
        return of("score.period." + period.name());
    }

    /** An index, percentage or target with two decimals ({@code 108,38}); a dash for none. */
    public static Figure index(BigDecimal value) {
        return new Figure(Figure.Kind.INDEX, value);
    }

    /** Rupiah without decimals ({@code 1.727.817.621.290}); a dash for none. */
    public static Figure rupiah(BigDecimal value) {
        return new Figure(Figure.Kind.RUPIAH, value);
    }

    /** Parts shown one after the other with a separator ({@code ", "}, {@code "; "}). */
    public static Joined joined(String separator, List<?> parts) {
        return new Joined(separator, List.copyOf(parts));
    }

    /** A number formatted for the reader's locale when shown. */
    public record Figure(Kind kind, BigDecimal value) {

        static final Figure NONE = new Figure(Kind.INDEX, null);

        public enum Kind {
            INDEX,
            RUPIAH
        }
    }

    /** A list of arguments shown joined. */
    public record Joined(String separator, List<Object> parts) {}
}
