package id.kinerja.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Whether a sentence names the figure its placeholder prints: "realisasi sebesar {{iku.09c-N.indeks.Y}}" prints an
 * index where the reader expects a realization (the Kupang 2024 prose printed 105,61, the index, as "realisasi"). The
 * word looked at is the last one before the placeholder in its sentence, after the words that only lead up to a
 * figure ("sebesar", "adalah", "capaian", ...): {@code realisasi}, {@code target}, {@code indeks} or {@code pagu}
 * (also with "-nya"). Any other word there says nothing about the figure and is not judged.
 */
public final class PlaceholderWording {

    /** The kind of figure a placeholder prints, or a sentence names. */
    public enum Figure {
        TARGET,
        REALIZATION,
        INDEX,
        CEILING
    }

    /**
     * A placeholder whose sentence names another figure.
     *
     * @param name    the placeholder's name, e.g. {@code iku.09c-N.indeks.Y}
     * @param word    the word of the sentence, as written ("realisasi")
     * @param said    the figure the word names
     * @param printed the figure the placeholder prints
     */
    public record Mismatch(String name, String word, Figure said, Figure printed) {

        /** The placeholder of the same IKU and period that prints what the sentence says, or null when none. */
        public String suggestion() {
            String[] p = name.split("\\.");
            String kind = switch (said) {
                case TARGET -> "target";
                case REALIZATION -> "realisasi";
                case INDEX -> "indeks";
                case CEILING -> null;
            };
            return p.length == 4 && p[0].equals("iku") && kind != null ? "iku." + p[1] + "." + kind + "." + p[3] : null;
        }
    }

    private static final Map<String, Figure> WORDS = Map.of(
            "realisasi", Figure.REALIZATION, "target", Figure.TARGET, "indeks", Figure.INDEX, "pagu", Figure.CEILING);

    /** Words between the figure's name and the figure itself: "realisasi maksimal sebesar {{...}}". */
    private static final Set<String> LEADING = Set.of(
            "sebesar",
            "adalah",
            "ialah",
            "yaitu",
            "yakni",
            "senilai",
            "sebanyak",
            "mencapai",
            "maksimal",
            "maksimum",
            "capaian",
            "atas",
            "di",
            "angka",
            "pada",
            "dengan",
            "hanya",
            "tercatat",
            "menjadi",
            "rp",
            "yang",
            "diperoleh",
            "dicapai");

    /** At most this many leading words are passed over. */
    private static final int MAX_LEADING = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** The end of a sentence: . ! or ? before a blank (not a decimal point or a thousands separator). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)");

    private PlaceholderWording() {}

    /** The figure a placeholder name prints, or null when it is not one of the four (a name, a predicate, ...). */
    public static Figure printed(String name) {
        String[] p = name.split("\\.");
        if (p.length == 4 && p[0].equals("iku")) {
            return switch (p[2]) {
                case "target" -> Figure.TARGET;
                case "realisasi" -> Figure.REALIZATION;
                case "indeks" -> Figure.INDEX;
                default -> null;
            };
        }
        if (p.length >= 2 && (p[0].equals("nko") || p[0].equals("ss") || p[0].equals("perspektif"))) {
            return Figure.INDEX;
        }
        if (p.length == 2 && (p[0].equals("penerimaan") || p[0].equals("anggaran"))
                || p.length == 3 && p[0].equals("belanja")) {
            return switch (p[p.length - 1]) {
                case "target" -> Figure.TARGET;
                case "realisasi" -> Figure.REALIZATION;
                case "pagu" -> Figure.CEILING;
                default -> null;
            };
        }
        return null;
    }

    /** The placeholders of a text whose sentence names another figure than they print, in order. */
    public static List<Mismatch> mismatches(String xhtml) {
        List<Mismatch> out = new ArrayList<>();
        if (xhtml == null || xhtml.isBlank()) {
            return out;
        }
        String text = Jsoup.parseBodyFragment(xhtml).text();
        Matcher m = Placeholders.PLACEHOLDER.matcher(text);
        int from = 0;
        while (m.find()) {
            String name = m.group(1).strip();
            String before = text.substring(from, m.start());
            from = m.end();
            Figure printed = printed(name);
            if (printed == null) {
                continue;
            }
            Matcher end = SENTENCE_END.matcher(before);
            int sentence = 0;
            while (end.find()) {
                sentence = end.end();
            }
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(before.substring(sentence));
            while (w.find()) {
                words.add(w.group());
            }
            int skipped = 0;
            for (int i = words.size() - 1; i >= 0 && skipped <= MAX_LEADING; i--) {
                String word = words.get(i).toLowerCase(Locale.ROOT);
                if (LEADING.contains(word)) {
                    skipped++;
                    continue;
                }
                Figure said = WORDS.get(word.endsWith("nya") ? word.substring(0, word.length() - 3) : word);
                if (said != null && said != printed) {
                    out.add(new Mismatch(name, words.get(i), said, printed));
                }
                break;
            }
        }
        return out;
    }
}
