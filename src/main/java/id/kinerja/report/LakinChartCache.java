package id.kinerja.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The LAKIN's drawn charts, by unit, year, form (SVG for the preview and the PDF, PNG for the DOCX) and figures: the
 * second request for a document (the PDF after the preview, the DOCX after the PDF) does not draw them again. A chart
 * is found by its figures, so a changed figure is a new picture and a kept one is never wrong; when a unit's year
 * changes (a realization approved, an agreement signed) {@link LakinChartEviction} drops that year's pictures, which
 * no document will show again, instead of leaving them to crowd out live ones. Bounded: beyond the limit the least
 * recently used pictures go.
 */
@Component
class LakinChartCache {

    /** Pictures kept in all (both forms). */
    static final int LIMIT = 1024;

    enum Form {
        SVG,
        PNG
    }

    record Key(long unitId, int year, Form form, LakinCharts.Chart chart) {}

    private final Cache<Key, String> drawn =
            Caffeine.newBuilder().maximumSize(LIMIT).build();

    String svg(long unitId, int year, LakinCharts.Chart chart) {
        return drawn.get(new Key(unitId, year, Form.SVG, chart), k -> LakinCharts.svg(k.chart()));
    }

    String pngDataUri(long unitId, int year, LakinCharts.Chart chart) {
        return drawn.get(new Key(unitId, year, Form.PNG, chart), k -> LakinCharts.pngDataUri(k.chart()));
    }

    /** A drawing function for one unit's year, as {@link ReportService} hands the charts of a LAKIN to it. */
    Function<LakinCharts.Chart, String> drawer(long unitId, int year, Form form) {
        return form == Form.SVG ? c -> svg(unitId, year, c) : c -> pngDataUri(unitId, year, c);
    }

    /** Drops every picture of a unit's year. */
    void evict(long unitId, int year) {
        drawn.asMap().keySet().removeIf(k -> k.unitId() == unitId && k.year() == year);
    }

    /** How many pictures of a unit's year are kept. */
    long kept(long unitId, int year) {
        return drawn.asMap().keySet().stream()
                .filter(k -> k.unitId() == unitId && k.year() == year)
                .count();
    }
}
