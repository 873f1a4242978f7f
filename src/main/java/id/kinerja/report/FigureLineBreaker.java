package id.kinerja.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.List;

/**
 * The PDF's line breaker: openhtmltopdf's own (Java's line break rules, plus breaks inside long addresses) without
 * the breaks it would make inside a figure. Java's rules allow a break after the "1." of "Rp1.727.817.621.290";
 * this one never breaks inside what {@link Unbreakable#figures(String)} finds, so an amount, a decimal or a figure
 * with its unit stays on one line.
 */
final class FigureLineBreaker implements FSTextBreaker {

    private final FSTextBreaker lines =
            new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(ReportService.INDONESIAN));
    private List<int[]> figures = List.of();

    @Override
    public void setText(String text) {
        lines.setText(text);
        figures = Unbreakable.figures(text);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && inside(at)) {
            at = lines.next();
        }
        return at;
    }

    private boolean inside(int at) {
        for (int[] f : figures) {
            if (at > f[0] && at < f[1]) {
                return true;
            }
        }
        return false;
    }
}
