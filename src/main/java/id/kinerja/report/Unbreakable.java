package id.kinerja.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps amounts and numbers with their unit on one line in the documents: "Rp1.727.817.621.290", "Rp 1.583.675.337",
 * "100,50%", "-3,25 %" are never split at a thousands dot, the decimal comma or the space after "Rp". In the text of
 * the document's body (the office's prose as well as the tables) the spaces inside such a figure become no-break
 * spaces (U+00A0), which Word and openhtmltopdf both honour (docx4j's XHTML importer ignores {@code white-space});
 * the PDF's line breaker ({@link FigureLineBreaker}) makes no break inside a figure either, where Java's line rules
 * would break after the "1." of "Rp1.727.817". Word does not break a number at its dots and commas. The head, the
 * style sheet and inline SVG charts are left as they are; the text is not otherwise changed, so it reads and copies
 * as before.
 */
final class Unbreakable {

    private static final char NBSP = '\u00A0';

    /** A tag, or a comment; the text between them is what is rewritten. */
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);

    /**
     * A figure: "Rp" (optionally "Rp.") and a space before it, a sign, the number in Indonesian format, a unit after
     * it; not part of a word, a code ("WA.4707.EBB") or a longer number.
     */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,/])(?:"
            // after "Rp" any run of digits, dots and commas is the amount, even one written wrongly
            + "(?<rp>Rp\\.?[ \\u00A0]?)[-\\u2212]?\\d(?:[\\d.,]*\\d)?"
            + "|(?<sign>[-\\u2212](?=\\d))?"
            + "(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+)"
            + ")(?<unit>[ \\u00A0]?(?:%|persen\\b|triliun\\b|miliar\\b|juta\\b|ribu\\b))?"
            + "(?![\\p{L}\\p{N}]|[.,]\\d)");

    private static final Pattern SKIPPED = Pattern.compile("head|style|script|svg|title");

    private Unbreakable() {}

    /** The document's XHTML with the spaces inside every figure of its body's text made no-break spaces. */
    static String noBreakSpaces(String xhtml) {
        StringBuilder out = new StringBuilder(xhtml.length() + xhtml.length() / 8);
        Matcher tag = TAG.matcher(xhtml);
        int at = 0;
        String skipping = null;
        int depth = 0;
        while (tag.find()) {
            String text = xhtml.substring(at, tag.start());
            out.append(skipping == null ? text(text) : text);
            String t = tag.group();
            out.append(t);
            String name = name(t);
            if (name != null && SKIPPED.matcher(name).matches() && !t.startsWith("<!--")) {
                boolean closing = t.startsWith("</");
                boolean empty = t.endsWith("/>");
                if (skipping == null && !closing && !empty) {
                    skipping = name;
                    depth = 1;
                } else if (name.equals(skipping) && !empty) {
                    depth += closing ? -1 : 1;
                    if (depth == 0) {
                        skipping = null;
                    }
                }
            }
            at = tag.end();
        }
        String rest = xhtml.substring(at);
        out.append(skipping == null ? text(rest) : rest);
        return out.toString();
    }

    /** The element name of a tag, lower case, without a namespace prefix; null for a comment or declaration. */
    private static String name(String tag) {
        int start = tag.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < tag.length()
                && !Character.isWhitespace(tag.charAt(end))
                && tag.charAt(end) != '>'
                && tag.charAt(end) != '/') {
            end++;
        }
        if (end == start || !Character.isLetter(tag.charAt(start))) {
            return null;
        }
        String name = tag.substring(start, end).toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** One run of text (escaped XHTML): the spaces inside its figures made no-break spaces. */
    static String text(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        Matcher m = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(' ', NBSP)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The figures of a text, as {start, end} offsets: those a line must not break inside (an amount after "Rp", a
     * number with a thousands dot or a decimal comma, a number with its unit).
     */
    static List<int[]> figures(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String number = m.group("number");
            if (m.group("rp") != null
                    || m.group("unit") != null
                    || number.indexOf('.') >= 0
                    || number.indexOf(',') >= 0) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }
}
