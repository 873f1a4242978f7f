package id.kinerja.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps amounts and numbers with their unit on one line in the documents: "Rp1.727.817.621.290", "Rp 1.583.675.337",
 * "100,50%", "-3,25 %" are never split at a thousands dot, the decimal comma or the space after "Rp". Each such
 * figure in the text of the document's body (the office's prose as well as the tables) is put in a
 * {@code <span class="nobr">} ({@code white-space: nowrap}, which openhtmltopdf honours) and the spaces inside it
 * become no-break spaces (U+00A0), which Word honours (docx4j's XHTML importer ignores {@code white-space}; Word does
 * not break a number at its dots and commas). The style sheet, the head and inline SVG charts are left as they are.
 */
final class Unbreakable {

    static final String CLASS = "nobr";

    private static final char NBSP = '\u00A0';

    /** A tag, or a comment; the text between them is what is rewritten. */
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);

    /**
     * A figure: "Rp" (optionally "Rp.") and a space before it, a sign, the number in Indonesian format, a unit after
     * it; not part of a word, a code ("WA.4707.EBB") or a longer number.
     */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/])(?:"
                    // after "Rp" any run of digits, dots and commas is the amount, even one written wrongly
                    + "(?<rp>Rp\\.?[ \\u00A0]?)[-\\u2212]?\\d(?:[\\d.,]*\\d)?"
                    + "|(?<sign>[-\\u2212](?=\\d))?"
                    + "(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+)"
                    + ")(?<unit>[ \\u00A0]?(?:%|persen\\b|triliun\\b|miliar\\b|juta\\b|ribu\\b))?"
                    + "(?![\\p{L}\\p{N}]|[.,]\\d)");

    private static final Pattern SKIPPED = Pattern.compile("head|style|script|svg|title");

    private Unbreakable() {
    }

    /** The document's XHTML with every figure of its body's text kept on one line. */
    static String figures(String xhtml) {
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
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>'
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

    /** One run of text (escaped XHTML): its figures wrapped. */
    static String text(String text) {
        if (text.isEmpty()) {
            return text;
        }
        Matcher m = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group("number");
            boolean breakable = m.group("rp") != null || m.group("unit") != null
                    || number.indexOf('.') >= 0 || number.indexOf(',') >= 0;
            String figure = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(breakable
                    ? "<span class=\"" + CLASS + "\">" + figure.replace(' ', NBSP) + "</span>" : figure));
        }
        m.appendTail(out);
        return out.toString();
    }
}
