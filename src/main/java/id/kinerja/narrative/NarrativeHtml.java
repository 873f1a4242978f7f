package id.kinerja.narrative;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The only way prose gets into {@code report_narrative}: whatever the browser sends (the rich-text editor's HTML
 * or the plain text of the fallback textarea) becomes a well-formed XHTML fragment with safe formatting only
 * (paragraphs, line breaks, bold, italic, underline, bulleted and numbered lists, simple tables with
 * {@code colspan}). Scripts, event handlers, links, styles and every other attribute are dropped; unclosed tags
 * are closed. The output parses as XML, as openhtmltopdf and docx4j need.
 */
public final class NarrativeHtml {

    private static final Safelist SAFE = new Safelist()
            .addTags(
                    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
                    "td")
            .addAttributes("td", "colspan")
            .addAttributes("th", "colspan");

    private NarrativeHtml() {}

    /** Sanitised XHTML of what was typed; plain text (no tag at all) becomes paragraphs and line breaks. */
    public static String sanitise(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = input.indexOf('<') < 0 ? plainText(input) : input;
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFE).clean(dirty);
        for (Element e : clean.body().select("b")) {
            e.tagName("strong");
        }
        for (Element e : clean.body().select("i")) {
            e.tagName("em");
        }
        for (Element e : clean.body().select("[colspan]")) {
            if (!e.attr("colspan").matches("[1-9][0-9]?")) {
                e.removeAttr("colspan");
            }
        }
        // text directly in the body (e.g. typed without a paragraph) goes into a paragraph of its own
        wrapLooseText(clean.body());
        clean.outputSettings(new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false));
        String out = clean.body().html().trim();
        return out.replaceAll("(?s)^(<p>\\s*</p>)+$", "");
    }

    /** Paragraphs at blank lines, line breaks at single newlines, the text escaped. */
    static String plainText(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            if (para.isBlank()) {
                continue;
            }
            b.append("<p>");
            String[] lines = para.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    b.append("<br>");
                }
                b.append(org.jsoup.nodes.Entities.escape(lines[i].strip()));
            }
            b.append("</p>");
        }
        return b.toString();
    }

    private static void wrapLooseText(Element body) {
        // formatting around blocks (what a parser makes of "<b>a <p>b") is dropped: a paragraph never nests
        for (Element e : body.select("strong, em, u")) {
            if (!e.select("p, ul, ol, table").isEmpty()) {
                e.unwrap();
            }
        }
        Element pending = null;
        for (org.jsoup.nodes.Node n : new java.util.ArrayList<>(body.childNodes())) {
            boolean inline = n instanceof org.jsoup.nodes.TextNode
                    || (n instanceof Element e
                            && (e.tagName().equals("strong")
                                    || e.tagName().equals("em")
                                    || e.tagName().equals("u")
                                    || e.tagName().equals("br")));
            if (inline) {
                if (n instanceof org.jsoup.nodes.TextNode t && t.isBlank() && pending == null) {
                    continue;
                }
                if (pending == null) {
                    pending = new Element("p");
                    n.before(pending);
                }
                pending.appendChild(n);
            } else {
                pending = null;
            }
        }
    }

    /**
     * Whether two sanitised fragments say the same: equal once header cells count as plain cells, table sections
     * are unwrapped and runs of white space are one space. What a file brings back unchanged (a DOCX loses the
     * difference between a header cell and a bold cell) is then no change.
     */
    public static boolean sameText(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String xhtml) {
        Document d = Jsoup.parseBodyFragment(sanitise(xhtml));
        for (Element th : d.body().select("th")) {
            th.tagName("td");
            th.select("strong").unwrap();
        }
        d.body().select("thead, tbody").unwrap();
        d.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return d.body().html().replaceAll("\\s+", " ").replace("> <", "><").strip();
    }

    /** The text of a fragment without tags, for short previews and audit entries. */
    public static String text(String xhtml) {
        return xhtml == null ? "" : Jsoup.parseBodyFragment(xhtml).text();
    }
}
