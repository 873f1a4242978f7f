package id.kinerja.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.docx4j.XmlUtils;
import org.docx4j.convert.in.xhtml.ImportXHTMLProperties;
import org.docx4j.convert.in.xhtml.XHTMLImporterImpl;
import org.docx4j.jaxb.Context;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a document's XHTML to DOCX with docx4j's XHTML importer: the same XHTML as the PDF. Headings
 * ({@code h1}-{@code h3}) become Word's Heading 1-3 paragraphs, tables become Word tables, CSS colours and
 * borders carry over.
 */
@Component
public class DocxRenderer {

    static {
        // h1..h6 become the paragraph styles named "heading 1".. (Heading1..) instead of formatted plain paragraphs
        ImportXHTMLProperties.setProperty("docx4j-ImportXHTML.Element.Heading.MapToStyle", true);
    }

    public byte[] render(ReportDocument document) {
        try {
            WordprocessingMLPackage docx = WordprocessingMLPackage.createPackage(
                    PageSizePaper.A4, document.kind().landscape());
            XHTMLImporterImpl importer = new XHTMLImporterImpl(docx);
            String xhtml = document.wordXhtml().get();
            List<Object> content = importer.convert(xhtml, null);
            long writable = docx.getDocumentModel()
                    .getSections()
                    .getFirst()
                    .getPageDimensions()
                    .getWritableWidthTwips();
            List<Tbl> tables = content.stream()
                    .map(XmlUtils::unwrap)
                    .filter(Tbl.class::isInstance)
                    .map(Tbl.class::cast)
                    .toList();
            tables.forEach(t -> fitToPage(t, writable));
            repeatHeaderRows(tables, headerRows(xhtml));
            docx.getMainDocumentPart().getContent().addAll(content);
            WordFields.pageReferences(docx);
            WordFields.singleSpacedPictures(docx);
            WordFields.addPageFooter(docx, document.title());
            if (document.draft()) {
                WordFields.addDraftHeader(docx, document.draftMark());
            }
            docx.setTitle(document.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("DOCX tidak dapat dibuat: " + document.title(), e);
        }
    }

    /**
     * The importer sizes columns from its own layout width, wider than the page's text area: the columns (and
     * the cells' widths) are scaled to the text area, keeping their proportions, and the table is given that width.
     */
    static void fitToPage(Tbl table, long writableTwips) {
        if (table.getTblGrid() == null) {
            return;
        }
        List<TblGridCol> cols = table.getTblGrid().getGridCol();
        long total = cols.stream()
                .mapToLong(c -> c.getW() == null ? 0 : c.getW().longValue())
                .sum();
        if (total <= writableTwips || total == 0) {
            return;
        }
        BigDecimal factor = BigDecimal.valueOf(writableTwips).divide(BigDecimal.valueOf(total), 6, RoundingMode.DOWN);
        cols.forEach(c -> c.setW(scale(c.getW(), factor)));
        for (Object row : table.getContent()) {
            if (XmlUtils.unwrap(row) instanceof Tr tr) {
                for (Object cell : tr.getContent()) {
                    if (XmlUtils.unwrap(cell) instanceof Tc tc
                            && tc.getTcPr() != null
                            && tc.getTcPr().getTcW() != null
                            && "dxa".equals(tc.getTcPr().getTcW().getType())) {
                        tc.getTcPr().getTcW().setW(scale(tc.getTcPr().getTcW().getW(), factor));
                    }
                }
            }
        }
        if (table.getTblPr() != null) {
            TblWidth width = new TblWidth();
            width.setType("dxa");
            width.setW(BigInteger.valueOf(writableTwips));
            table.getTblPr().setTblW(width);
        }
    }

    /**
     * The number of {@code thead} rows of each table of the XHTML that is not inside another table, in document
     * order: the tables the importer puts at the top level of the Word body, in the same order.
     */
    static List<Integer> headerRows(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
            List<Integer> rows = new ArrayList<>();
            NodeList tables = doc.getElementsByTagNameNS("*", "table");
            for (int i = 0; i < tables.getLength(); i++) {
                Element table = (Element) tables.item(i);
                if (insideTable(table)) {
                    continue;
                }
                int n = 0;
                for (Node c = table.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && "thead".equals(e.getLocalName())) {
                        n += e.getElementsByTagNameNS("*", "tr").getLength();
                    }
                }
                rows.add(n);
            }
            return rows;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("XHTML dokumen tidak terbaca", e);
        }
    }

    private static boolean insideTable(Element table) {
        for (Node p = table.getParentNode(); p != null; p = p.getParentNode()) {
            if (p instanceof Element e && "table".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the rows that came from a table's {@code thead} as Word header rows ({@code w:tblHeader}), which Word
     * repeats at the top of every page the table continues on, as the PDF does ({@code display: table-header-group}).
     * The importer does not mark them itself. Nothing is marked when the tables do not pair up one to one.
     */
    static void repeatHeaderRows(List<Tbl> tables, List<Integer> headerRows) {
        if (tables.size() != headerRows.size()) {
            return;
        }
        ObjectFactory wml = Context.getWmlObjectFactory();
        for (int t = 0; t < tables.size(); t++) {
            int marked = 0;
            for (Object row : tables.get(t).getContent()) {
                if (marked >= headerRows.get(t)) {
                    break;
                }
                if (XmlUtils.unwrap(row) instanceof Tr tr) {
                    if (tr.getTrPr() == null) {
                        tr.setTrPr(wml.createTrPr());
                    }
                    tr.getTrPr()
                            .getCnfStyleOrDivIdOrGridBefore()
                            .add(wml.createCTTrPrBaseTblHeader(wml.createBooleanDefaultTrue()));
                    marked++;
                }
            }
        }
    }

    private static BigInteger scale(BigInteger twips, BigDecimal factor) {
        return twips == null
                ? null
                : new BigDecimal(twips)
                        .multiply(factor)
                        .setScale(0, RoundingMode.DOWN)
                        .toBigInteger();
    }
}
