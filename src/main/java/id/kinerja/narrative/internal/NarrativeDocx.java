package id.kinerja.narrative.internal;

import id.kinerja.narrative.NarrativeFileRejected;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeVersion;
import id.kinerja.narrative.Placeholders;
import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.convert.in.xhtml.ImportXHTMLProperties;
import org.docx4j.convert.in.xhtml.XHTMLImporterImpl;
import org.docx4j.docProps.custom.Properties;
import org.docx4j.model.PropertyResolver;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * All narrative sections of a unit's year as one Word document, and back. Each section is a Heading 2 paragraph
 * {@code [key] Title} followed by its text (placeholders as typed, {@code {{nko.Y}}}); an empty section has an empty
 * paragraph for the writer to fill. The unit, the year and each section's version at export are custom document
 * properties ({@code KinerjaUnit}, {@code KinerjaTahun}, {@code KinerjaVersi <key>}), which Word and LibreOffice
 * keep, so that the import recognises a section changed on the web since.
 *
 * <p>Reading takes, under each heading {@code [key] ...} (a heading-styled paragraph, or any paragraph whose key has
 * a section key's shape), the paragraphs with bold, italic and underline, bulleted and numbered lists (one level),
 * line breaks and simple tables (a first row all in bold becomes header cells; merged columns keep their span).
 * Pictures, text boxes, footnotes, comments and deleted tracked changes are left out; anything before the first
 * heading is the instructions and is ignored.
 */
public final class NarrativeDocx {

    public static final String UNIT = "KinerjaUnit";
    public static final String YEAR = "KinerjaTahun";
    public static final String VERSION = "KinerjaVersi ";

    /** {@code [key] title}: the key is anything without brackets or spaces. */
    private static final Pattern HEADING = Pattern.compile("^\\s*\\[([^\\[\\]\\s]+)]\\s*(.*)$", Pattern.DOTALL);

    /** What a section key looks like, for a heading the writer typed without the heading style. */
    private static final Pattern KEY_SHAPE =
            Pattern.compile("kata-pengantar|ikhtisar-eksekutif|bab\\d\\.[a-z0-9-]+|iku\\.[^.\\s]+\\.[a-z-]+");

    static {
        ImportXHTMLProperties.setProperty("docx4j-ImportXHTML.Element.Heading.MapToStyle", true);
    }

    private NarrativeDocx() {}

    /** The document of a unit's year: a title, the instructions, then every section in order. */
    public static byte[] write(
            String unitCode,
            String unitName,
            int year,
            List<NarrativeSection> sections,
            Map<String, NarrativeVersion> latest,
            List<String> instructions) {
        StringBuilder x = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + "table { border-collapse: collapse; } td, th { border: 1px solid #000000; padding: 2px; }"
                + "</style></head><body>");
        x.append("<h1>")
                .append(xml("Narasi LAKIN " + unitName + " tahun " + year))
                .append("</h1>");
        for (String line : instructions) {
            x.append("<p><em>").append(xml(line)).append("</em></p>");
        }
        for (NarrativeSection s : sections) {
            x.append("<h2>").append(xml("[" + s.key() + "] " + s.title())).append("</h2>");
            NarrativeVersion v = latest.get(s.key());
            x.append(v == null || v.content().isBlank() ? "<p></p>" : v.content());
        }
        x.append("</body></html>");
        try {
            WordprocessingMLPackage docx = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
            XHTMLImporterImpl importer = new XHTMLImporterImpl(docx);
            docx.getMainDocumentPart().getContent().addAll(importer.convert(x.toString(), null));
            docx.addDocPropsCustomPart();
            DocPropsCustomPart props = docx.getDocPropsCustomPart();
            props.setProperty(UNIT, unitCode);
            props.setProperty(YEAR, String.valueOf(year));
            for (NarrativeSection s : sections) {
                NarrativeVersion v = latest.get(s.key());
                props.setProperty(VERSION + s.key(), String.valueOf(v == null ? 0 : v.version()));
            }
            docx.setTitle("Narasi LAKIN " + unitCode + " " + year);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("DOCX narasi tidak dapat dibuat: " + unitCode + " " + year, e);
        }
    }

    /** What a document holds: its stamp (null when missing) and its sections in order. */
    public record Read(String unitCode, Integer year, List<NarrativeService.Incoming> sections) {}

    /**
     * The sections of a document.
     *
     * @throws NarrativeFileRejected when it is not a Word document, lacks the export's stamp, or has no heading
     */
    public static Read read(byte[] bytes) {
        WordprocessingMLPackage docx;
        try {
            docx = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            throw rejected("narrative.file.unreadableDocx");
        }
        DocPropsCustomPart props = docx.getDocPropsCustomPart();
        String unit = props == null ? null : property(props, UNIT);
        String yearText = props == null ? null : property(props, YEAR);
        if (unit == null || yearText == null || !yearText.matches("\\d{4}")) {
            throw rejected("narrative.file.noStamp");
        }
        Reader reader = new Reader(docx, props);
        reader.blocks(docx.getMainDocumentPart().getContent());
        reader.finish();
        if (reader.sections.isEmpty()) {
            throw rejected("narrative.file.noHeading");
        }
        return new Read(unit, Integer.valueOf(yearText), List.copyOf(reader.sections));
    }

    /** Text escaped for XML (the importer parses the document as XML: no HTML entity names). */
    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String property(DocPropsCustomPart props, String name) {
        Properties.Property p = props.getProperty(name);
        return p == null || p.getLpwstr() == null ? null : p.getLpwstr().strip();
    }

    private static NarrativeFileRejected rejected(String code, Object... args) {
        return new NarrativeFileRejected(List.of(Placeholders.message(code, args)));
    }

    /** One pass over the body, section by section. */
    private static final class Reader {

        private final WordprocessingMLPackage docx;
        private final DocPropsCustomPart props;
        private final PropertyResolver styles;
        private final List<NarrativeService.Incoming> sections = new ArrayList<>();
        private String key;
        private String where;
        private StringBuilder body;
        /** The lists open at the current point, outermost first; each has an item open. */
        private final java.util.ArrayDeque<String> lists = new java.util.ArrayDeque<>();

        Reader(WordprocessingMLPackage docx, DocPropsCustomPart props) {
            this.docx = docx;
            this.props = props;
            this.styles = docx.getMainDocumentPart().getPropertyResolver();
        }

        void blocks(List<Object> content) {
            for (Object o : content) {
                Object b = XmlUtils.unwrap(o);
                if (b instanceof P p) {
                    paragraph(p);
                } else if (b instanceof Tbl t) {
                    if (body != null) {
                        closeList();
                        table(t);
                    }
                } else if (b instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                    blocks(sdt.getSdtContent().getContent());
                }
            }
        }

        private void paragraph(P p) {
            String plain = plainText(p);
            Matcher m = HEADING.matcher(plain);
            if (m.matches() && (headingStyle(p) || KEY_SHAPE.matcher(m.group(1)).matches())) {
                finish();
                key = m.group(1);
                where = "\u201c" + plain.strip() + "\u201d";
                body = new StringBuilder();
                return;
            }
            if (body == null) {
                return;
            }
            String inline = inline(p);
            if (inline.isBlank()) {
                return;
            }
            ListItem item = listItem(p);
            if (item == null) {
                closeList();
                body.append("<p>").append(inline).append("</p>");
                return;
            }
            // a deeper level opens a list inside the open item, a shallower one closes the lists below it
            int depth = Math.min(item.level(), lists.size()) + 1;
            while (lists.size() > depth) {
                body.append("</li></").append(lists.removeLast()).append('>');
            }
            if (lists.size() == depth) {
                if (lists.getLast().equals(item.kind())) {
                    body.append("</li>");
                } else {
                    body.append("</li></").append(lists.removeLast()).append('>');
                    body.append('<').append(item.kind()).append('>');
                    lists.addLast(item.kind());
                }
            } else {
                body.append('<').append(item.kind()).append('>');
                lists.addLast(item.kind());
            }
            body.append("<li>").append(inline);
        }

        private void closeList() {
            while (!lists.isEmpty()) {
                body.append("</li></").append(lists.removeLast()).append('>');
            }
        }

        void finish() {
            if (body != null) {
                closeList();
                Properties.Property v = props.getProperty(VERSION + key);
                int base = 0;
                if (v != null && v.getLpwstr() != null && v.getLpwstr().strip().matches("\\d{1,9}")) {
                    base = Integer.parseInt(v.getLpwstr().strip());
                }
                sections.add(new NarrativeService.Incoming(key, body.toString(), base, where));
            }
            body = null;
        }

        private boolean headingStyle(P p) {
            PPr ppr = p.getPPr();
            if (ppr == null || ppr.getPStyle() == null) {
                return false;
            }
            String id = ppr.getPStyle().getVal();
            if (id != null && id.toLowerCase(java.util.Locale.ROOT).startsWith("heading")) {
                return true;
            }
            PPr effective = styles.getEffectivePPr(ppr);
            return effective != null && effective.getOutlineLvl() != null;
        }

        /** A list item: "ul" or "ol", and its level (0 the outermost). */
        private record ListItem(String kind, int level) {}

        /** The list item a paragraph is, or null. */
        private ListItem listItem(P p) {
            PPr effective = p.getPPr() == null ? null : styles.getEffectivePPr(p.getPPr());
            PPrBase.NumPr num = effective == null ? null : effective.getNumPr();
            if (num == null || num.getNumId() == null || num.getNumId().getVal() == null) {
                return null;
            }
            BigInteger numId = num.getNumId().getVal();
            if (numId.signum() == 0) {
                return null;
            }
            BigInteger ilvl = num.getIlvl() == null || num.getIlvl().getVal() == null
                    ? BigInteger.ZERO
                    : num.getIlvl().getVal();
            return new ListItem(bullet(numId, ilvl) ? "ul" : "ol", Math.min(8, ilvl.intValue()));
        }

        private boolean bullet(BigInteger numId, BigInteger ilvl) {
            if (docx.getMainDocumentPart().getNumberingDefinitionsPart() == null) {
                return true;
            }
            Numbering numbering;
            try {
                numbering =
                        docx.getMainDocumentPart().getNumberingDefinitionsPart().getContents();
            } catch (Docx4JException e) {
                return true;
            }
            for (Numbering.Num n : numbering.getNum()) {
                if (numId.equals(n.getNumId()) && n.getAbstractNumId() != null) {
                    BigInteger abstractId = n.getAbstractNumId().getVal();
                    for (Numbering.AbstractNum a : numbering.getAbstractNum()) {
                        if (Objects.equals(a.getAbstractNumId(), abstractId)) {
                            for (Lvl l : a.getLvl()) {
                                if (Objects.equals(l.getIlvl(), ilvl)) {
                                    return l.getNumFmt() == null
                                            || l.getNumFmt().getVal() == NumberFormat.BULLET;
                                }
                            }
                        }
                    }
                }
            }
            return true;
        }

        private void table(Tbl t) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Object ro : t.getContent()) {
                if (XmlUtils.unwrap(ro) instanceof Tr tr) {
                    List<Cell> cells = new ArrayList<>();
                    for (Object co : tr.getContent()) {
                        if (XmlUtils.unwrap(co) instanceof Tc tc) {
                            cells.add(cell(tc));
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.add(cells);
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            boolean header = rows.size() > 1 && rows.get(0).stream().allMatch(c -> c.bold);
            body.append("<table>");
            for (int r = 0; r < rows.size(); r++) {
                if (r == 0 && header) {
                    body.append("<thead>");
                } else if (r == (header ? 1 : 0)) {
                    body.append("<tbody>");
                }
                body.append("<tr>");
                for (Cell c : rows.get(r)) {
                    String tag = r == 0 && header ? "th" : "td";
                    body.append('<').append(tag);
                    if (c.span > 1) {
                        body.append(" colspan=\"").append(c.span).append('"');
                    }
                    body.append('>')
                            .append(r == 0 && header ? c.plain : c.html)
                            .append("</")
                            .append(tag)
                            .append('>');
                }
                body.append("</tr>");
                if (r == 0 && header) {
                    body.append("</thead>");
                }
            }
            body.append("</tbody></table>");
        }

        private record Cell(String html, String plain, boolean bold, int span) {}

        private Cell cell(Tc tc) {
            List<String> html = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            boolean allBold = true;
            boolean any = false;
            for (Object o : tc.getContent()) {
                if (XmlUtils.unwrap(o) instanceof P p) {
                    List<Segment> segments = segments(p);
                    String h = html(segments);
                    if (!h.isBlank()) {
                        html.add(h);
                        plain.add(html(segments.stream()
                                .map(s -> new Segment(s.text, false, false, false))
                                .toList()));
                        any = true;
                        allBold &= segments.stream().allMatch(s -> s.bold || s.text.isBlank());
                    }
                }
            }
            int span = 1;
            if (tc.getTcPr() != null
                    && tc.getTcPr().getGridSpan() != null
                    && tc.getTcPr().getGridSpan().getVal() != null) {
                span = tc.getTcPr().getGridSpan().getVal().intValue();
            }
            return new Cell(String.join("<br />", html), String.join("<br />", plain), any && allBold, span);
        }

        private String inline(P p) {
            return html(segments(p));
        }

        private record Segment(String text, boolean bold, boolean italic, boolean underline) {

            boolean sameFormat(Segment o) {
                return bold == o.bold && italic == o.italic && underline == o.underline;
            }
        }

        private List<Segment> segments(ContentAccessor p) {
            List<Segment> out = new ArrayList<>();
            runs(p.getContent(), out);
            // runs of the same formatting are one: Word splits text into runs at every edit
            List<Segment> merged = new ArrayList<>();
            for (Segment s : out) {
                if (!merged.isEmpty() && merged.getLast().sameFormat(s)) {
                    Segment last = merged.removeLast();
                    merged.add(new Segment(last.text + s.text, s.bold, s.italic, s.underline));
                } else {
                    merged.add(s);
                }
            }
            return merged;
        }

        private void runs(List<Object> content, List<Segment> out) {
            for (Object o : content) {
                Object c = XmlUtils.unwrap(o);
                if (c instanceof R r) {
                    run(r, out);
                } else if (c instanceof RunDel) {
                    continue;
                } else if (c instanceof ContentAccessor nested && !(c instanceof Tbl) && !(c instanceof P)) {
                    runs(nested.getContent(), out);
                }
            }
        }

        private void run(R r, List<Segment> out) {
            RPr rpr = r.getRPr();
            String style = rpr == null || rpr.getRStyle() == null
                    ? ""
                    : rpr.getRStyle().getVal();
            boolean bold = on(rpr == null ? null : rpr.getB()) || "Strong".equalsIgnoreCase(style);
            boolean italic = on(rpr == null ? null : rpr.getI()) || "Emphasis".equalsIgnoreCase(style);
            boolean underline = rpr != null
                    && rpr.getU() != null
                    && rpr.getU().getVal() != null
                    && rpr.getU().getVal() != UnderlineEnumeration.NONE;
            StringBuilder text = new StringBuilder();
            for (Object o : r.getContent()) {
                Object c = XmlUtils.unwrap(o);
                if (c instanceof Text t) {
                    text.append(t.getValue());
                } else if (c instanceof Br) {
                    text.append('\n');
                } else if (c instanceof R.Tab) {
                    text.append(' ');
                } else if (c instanceof R.NoBreakHyphen) {
                    text.append('-');
                } else if (o instanceof JAXBElement<?> e
                        && "delText".equals(e.getName().getLocalPart())) {
                    continue;
                }
            }
            if (!text.isEmpty()) {
                out.add(new Segment(text.toString(), bold, italic, underline));
            }
        }

        private static boolean on(BooleanDefaultTrue b) {
            return b != null && b.isVal();
        }

        private static String html(List<Segment> segments) {
            StringBuilder b = new StringBuilder();
            for (Segment s : segments) {
                String t = xml(s.text).replace("\n", "<br />");
                if (s.underline) {
                    t = "<u>" + t + "</u>";
                }
                if (s.italic) {
                    t = "<em>" + t + "</em>";
                }
                if (s.bold) {
                    t = "<strong>" + t + "</strong>";
                }
                b.append(t);
            }
            return b.toString().strip();
        }

        private static String plainText(P p) {
            StringBuilder b = new StringBuilder();
            for (Segment s : new Reader.Plain().segments(p)) {
                b.append(s.text);
            }
            return b.toString();
        }

        /** The runs of a paragraph without styles (for the heading's text). */
        private static final class Plain {
            List<Segment> segments(P p) {
                List<Segment> out = new ArrayList<>();
                collect(p.getContent(), out);
                return out;
            }

            private void collect(List<Object> content, List<Segment> out) {
                for (Object o : content) {
                    Object c = XmlUtils.unwrap(o);
                    if (c instanceof R r) {
                        for (Object ro : r.getContent()) {
                            if (XmlUtils.unwrap(ro) instanceof Text t) {
                                out.add(new Segment(t.getValue(), false, false, false));
                            }
                        }
                    } else if (c instanceof ContentAccessor nested && !(c instanceof RunDel)) {
                        collect(nested.getContent(), out);
                    }
                }
            }
        }
    }
}
