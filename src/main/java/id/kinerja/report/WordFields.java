package id.kinerja.report;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Color;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;

/**
 * What the XHTML importer cannot produce: the page numbers of the table of contents (PAGEREF fields to the bookmarks
 * of the headings; Word updates them when the document is opened, as the settings ask, LibreOffice computes them),
 * a footer with the title and "Halaman n dari m" (PAGE and NUMPAGES fields), a draft's "DRAF" header on every page, and
 * pictures not clipped by line spacing.
 */
final class WordFields {

    private static final Pattern PAGEREF = Pattern.compile("@@PAGEREF:([A-Za-z0-9_-]+)@@");
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private WordFields() {}

    /**
     * Turns every run whose text is {@code @@PAGEREF:bookmark@@} (the page-number cells of the table of contents in
     * the Word version of the XHTML) into a PAGEREF field to that bookmark (the importer makes a bookmark of each
     * element id), and asks Word to update fields on opening; LibreOffice computes page references itself.
     *
     * @return how many fields were made
     */
    static int pageReferences(WordprocessingMLPackage docx) {
        int made = pageReferences(docx.getMainDocumentPart().getContent());
        if (made > 0) {
            updateFieldsOnOpen(docx);
        }
        return made;
    }

    private static int pageReferences(List<Object> content) {
        int made = 0;
        for (int i = 0; i < content.size(); i++) {
            Object o = XmlUtils.unwrap(content.get(i));
            if (o instanceof R r) {
                Matcher m = PAGEREF.matcher(textOf(r));
                if (m.matches()) {
                    // every run of the field in the cell's formatting: LibreOffice sizes the result by the field's runs
                    RPr rpr = r.getRPr();
                    List<Object> field = List.of(
                            field(STFldCharType.BEGIN, rpr),
                            instruction(" PAGEREF " + m.group(1) + " \\h ", rpr),
                            field(STFldCharType.SEPARATE, rpr),
                            run("–", rpr),
                            field(STFldCharType.END, rpr));
                    content.remove(i);
                    content.addAll(i, field);
                    i += field.size() - 1;
                    made++;
                }
            } else if (o instanceof ContentAccessor container) {
                made += pageReferences(container.getContent());
            }
        }
        return made;
    }

    /**
     * The importer gives a paragraph the CSS line height as line spacing; a paragraph holding a picture (a chart)
     * gets single spacing, so that no reader clips the picture to the line height.
     */
    static void singleSpacedPictures(WordprocessingMLPackage docx) {
        for (Object o : docx.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof P p
                    && p.getPPr() != null
                    && p.getPPr().getSpacing() != null
                    && hasDrawing(p)) {
                p.getPPr().getSpacing().setLine(null);
                p.getPPr().getSpacing().setLineRule(null);
            }
        }
    }

    private static boolean hasDrawing(P p) {
        for (Object c : p.getContent()) {
            if (XmlUtils.unwrap(c) instanceof R r) {
                for (Object x : r.getContent()) {
                    if (XmlUtils.unwrap(x) instanceof Drawing) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A footer on every page: the title on the left, "Halaman n dari m" after it. */
    static void addPageFooter(WordprocessingMLPackage docx, String title) throws InvalidFormatException {
        FooterPart part = new FooterPart();
        Ftr footer = WML.createFtr();
        P p = WML.createP();
        PPr ppr = WML.createPPr();
        Jc jc = WML.createJc();
        jc.setVal(JcEnumeration.RIGHT);
        ppr.setJc(jc);
        p.setPPr(ppr);
        p.getContent().add(run(title + " · Halaman ", small()));
        p.getContent().add(field(STFldCharType.BEGIN, small()));
        p.getContent().add(instruction(" PAGE ", small()));
        p.getContent().add(field(STFldCharType.SEPARATE, small()));
        p.getContent().add(run("1", small()));
        p.getContent().add(field(STFldCharType.END, small()));
        p.getContent().add(run(" dari ", small()));
        p.getContent().add(field(STFldCharType.BEGIN, small()));
        p.getContent().add(instruction(" NUMPAGES ", small()));
        p.getContent().add(field(STFldCharType.SEPARATE, small()));
        p.getContent().add(run("1", small()));
        p.getContent().add(field(STFldCharType.END, small()));
        footer.getContent().add(p);
        part.setJaxbElement(footer);
        Relationship rel = docx.getMainDocumentPart().addTargetPart(part);
        List<SectPr> sections = docx.getDocumentModel().getSections().stream()
                .map(s -> s.getSectPr())
                .toList();
        for (SectPr sectPr : sections) {
            if (sectPr == null) {
                continue;
            }
            FooterReference ref = WML.createFooterReference();
            ref.setId(rel.getId());
            ref.setType(HdrFtrRef.DEFAULT);
            sectPr.getEGHdrFtrReferences().add(ref);
        }
    }

    /**
     * A header on every page of every section, centred, bold and red as in the PDF: a draft's mark ("DRAF": the
     * consistency check has errors neither fixed nor accepted).
     */
    static void addDraftHeader(WordprocessingMLPackage docx, String mark) throws InvalidFormatException {
        HeaderPart part = new HeaderPart();
        Hdr header = WML.createHdr();
        P p = WML.createP();
        PPr ppr = WML.createPPr();
        Jc jc = WML.createJc();
        jc.setVal(JcEnumeration.CENTER);
        ppr.setJc(jc);
        p.setPPr(ppr);
        RPr rpr = WML.createRPr();
        HpsMeasure size = WML.createHpsMeasure();
        size.setVal(BigInteger.valueOf(28));
        rpr.setSz(size);
        rpr.setB(new BooleanDefaultTrue());
        Color red = WML.createColor();
        red.setVal("C00000");
        rpr.setColor(red);
        p.getContent().add(run(mark, rpr));
        header.getContent().add(p);
        part.setJaxbElement(header);
        Relationship rel = docx.getMainDocumentPart().addTargetPart(part);
        for (var section : docx.getDocumentModel().getSections()) {
            SectPr sectPr = section.getSectPr();
            if (sectPr == null) {
                sectPr = WML.createSectPr();
                docx.getMainDocumentPart().getJaxbElement().getBody().setSectPr(sectPr);
            }
            HeaderReference ref = WML.createHeaderReference();
            ref.setId(rel.getId());
            ref.setType(HdrFtrRef.DEFAULT);
            sectPr.getEGHdrFtrReferences().add(ref);
        }
    }

    private static void updateFieldsOnOpen(WordprocessingMLPackage docx) {
        try {
            DocumentSettingsPart settings = docx.getMainDocumentPart().getDocumentSettingsPart();
            if (settings == null) {
                settings = new DocumentSettingsPart();
                settings.setJaxbElement(WML.createCTSettings());
                docx.getMainDocumentPart().addTargetPart(settings);
            }
            CTSettings s = settings.getContents();
            s.setUpdateFields(new BooleanDefaultTrue());
        } catch (Exception e) {
            throw new IllegalStateException("Pengaturan DOCX tidak dapat diubah", e);
        }
    }

    private static R field(STFldCharType type, RPr rpr) {
        R r = WML.createR();
        if (rpr != null) {
            r.setRPr(XmlUtils.deepCopy(rpr));
        }
        FldChar c = WML.createFldChar();
        c.setFldCharType(type);
        if (type == STFldCharType.BEGIN) {
            c.setDirty(true);
        }
        r.getContent().add(WML.createRFldChar(c));
        return r;
    }

    private static R instruction(String code, RPr rpr) {
        R r = WML.createR();
        if (rpr != null) {
            r.setRPr(XmlUtils.deepCopy(rpr));
        }
        Text t = WML.createText();
        t.setValue(code);
        t.setSpace("preserve");
        r.getContent().add(WML.createRInstrText(t));
        return r;
    }

    /** 7.5 pt, as the PDF's page margins. */
    private static RPr small() {
        RPr rpr = WML.createRPr();
        HpsMeasure size = WML.createHpsMeasure();
        size.setVal(BigInteger.valueOf(15));
        rpr.setSz(size);
        return rpr;
    }

    private static R run(String text, RPr rpr) {
        R r = WML.createR();
        if (rpr != null) {
            r.setRPr(XmlUtils.deepCopy(rpr));
        }
        Text t = WML.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(WML.createRT(t));
        return r;
    }

    private static String textOf(R r) {
        StringBuilder b = new StringBuilder();
        for (Object c : r.getContent()) {
            if (XmlUtils.unwrap(c) instanceof Text t) {
                b.append(t.getValue());
            }
        }
        return b.toString();
    }
}
