package id.kinerja.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where things are on a PDF page, in points from the top left: filled rectangles of one colour (table header cells)
 * and words with their horizontal extent and baseline.
 */
final class PdfGeometry {

    /** A rectangle, {@code top < bottom}. */
    record Box(float x0, float x1, float top, float bottom) {

        boolean containsBaseline(Word w) {
            return top <= w.baseline() && w.baseline() <= bottom;
        }
    }

    /** A word: its glyphs from {@code x0} to {@code x1}, on the baseline {@code baseline}. */
    record Word(String text, float x0, float x1, float baseline) {}

    private PdfGeometry() {}

    /** The rectangles filled with the colour (0xRRGGBB) on a page (0-based). */
    static List<Box> fills(PDDocument doc, int pageIndex, int rgb) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        float height = page.getMediaBox().getHeight();
        List<Box> out = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private final List<Point2D> path = new ArrayList<>();
            private final Point2D.Float current = new Point2D.Float();

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                path.addAll(List.of(p0, p1, p2, p3));
            }

            @Override
            public void moveTo(float x, float y) {
                current.setLocation(x, y);
                path.add(new Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                current.setLocation(x, y);
                path.add(new Point2D.Float(x, y));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current.setLocation(x3, y3);
                path.add(new Point2D.Float(x3, y3));
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                if (!path.isEmpty() && getGraphicsState().getNonStrokingColor().toRGB() == rgb) {
                    double x0 = path.stream().mapToDouble(Point2D::getX).min().orElseThrow();
                    double x1 = path.stream().mapToDouble(Point2D::getX).max().orElseThrow();
                    double y0 = path.stream().mapToDouble(Point2D::getY).min().orElseThrow();
                    double y1 = path.stream().mapToDouble(Point2D::getY).max().orElseThrow();
                    out.add(new Box((float) x0, (float) x1, height - (float) y1, height - (float) y0));
                }
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void strokePath() {
                path.clear();
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void closePath() {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void drawImage(PDImage pdImage) {}

            @Override
            public void shadingFill(COSName shadingName) {}

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return out;
    }

    /** The words of a page (0-based): split at spaces and at gaps between glyphs. */
    static List<Word> words(PDDocument doc, int pageIndex) throws IOException {
        List<Word> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                StringBuilder word = new StringBuilder();
                float x0 = 0;
                float x1 = 0;
                float baseline = 0;
                for (TextPosition t : positions) {
                    boolean blank = t.getUnicode().isBlank();
                    boolean gap = word.length() > 0 && t.getXDirAdj() - x1 > 1.0f;
                    if ((blank || gap) && word.length() > 0) {
                        out.add(new Word(word.toString(), x0, x1, baseline));
                        word.setLength(0);
                    }
                    if (blank) {
                        continue;
                    }
                    if (word.length() == 0) {
                        x0 = t.getXDirAdj();
                        baseline = t.getYDirAdj();
                    }
                    word.append(t.getUnicode());
                    x1 = t.getXDirAdj() + t.getWidthDirAdj();
                }
                if (word.length() > 0) {
                    out.add(new Word(word.toString(), x0, x1, baseline));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.writeText(doc, new StringWriter());
        return out;
    }

    /** The header cell of the word's column: the nearest one above it that spans the word's start. */
    static Optional<Box> headerAbove(List<Box> headers, Word w) {
        return headers.stream()
                .filter(b -> b.x0() <= w.x0() + 0.5f && w.x0() < b.x1() && b.bottom() <= w.baseline())
                .max(Comparator.comparing(Box::bottom));
    }
}
