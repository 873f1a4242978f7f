package id.kinerja.kanwil;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilView.Office;
import id.kinerja.kanwil.KanwilView.OfficeRow;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.web.Charts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Kanwil view: {@code GET /units/{code}/kanwil?year=&period=} for a Kanwil or headquarters, for everyone who
 * may view that unit (its reviewers, DJP's administrators); an office's own staff get 403 from
 * {@link UnitAccess#viewable}. A unit that has no offices to compare (a KPP) has no such page: 404.
 */
@Controller
class KanwilController {

    private final UnitAccess access;
    private final KanwilService kanwil;
    private final MessageSource messages;
    private final UnitYears unitYears;

    KanwilController(UnitAccess access, KanwilService kanwil, MessageSource messages, UnitYears unitYears) {
        this.unitYears = unitYears;
        this.access = access;
        this.kanwil = kanwil;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/kanwil")
    String view(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            Locale locale,
            Model model) {
        Unit unit = access.viewable(me, code);
        if (!KanwilService.comparesOffices(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Bukan Kanwil atau Kantor Pusat: " + code);
        }
        Period p = period == null ? Period.Y : period;
        List<Office> offices = kanwil.offices(unit);
        List<Integer> years = kanwil.years(offices);
        int y = unitYears.open(unit, year, years);
        KanwilView view = kanwil.compare(unit, offices, y, p);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("period", p);
        model.addAttribute("years", UnitYears.choices(years, y));
        model.addAttribute("periods", Period.values());
        model.addAttribute("offices", offices);
        model.addAttribute("v", view);
        model.addAttribute("showKanwil", unit.type() != UnitType.KANWIL);
        model.addAttribute("heatmap", heatmap(view, locale));
        model.addAttribute(
                "heatmapHeight", Math.max(180, 110 + 34 * view.ranked().size()));
        return "kanwil/kanwil";
    }

    /** ECharts heat map: offices (ranked, top to bottom) x IKU, value = index, coloured by the colour bands. */
    private String heatmap(KanwilView v, Locale locale) {
        List<Object> data = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        for (int y = 0; y < v.ranked().size(); y++) {
            OfficeRow row = v.ranked().get(y);
            offices.add(row.office().unit().name());
            for (int x = 0; x < row.cells().size(); x++) {
                IndicatorScore s = row.cells().get(x);
                data.add(List.of(x, y, s == null || s.index() == null ? "-" : Charts.value(s.index())));
            }
        }
        ColourBands bands = v.bands();
        List<Object> pieces = List.of(
                piece("lt", bands.yellowFrom(), null, null, "#e58b80", message("score.colour.RED", locale)),
                piece(
                        "gte",
                        bands.yellowFrom(),
                        "lt",
                        bands.greenFrom(),
                        "#f2d46b",
                        message("score.colour.YELLOW", locale)),
                piece("gte", bands.greenFrom(), null, null, "#7fc790", message("score.colour.GREEN", locale)));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("kinerjaNumbers", "en".equals(locale.getLanguage()) ? "en-GB" : "id-ID");
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 8, "right", 8, "top", 8, "bottom", 56, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        v.indicatorCodes(),
                        "splitArea",
                        Map.of("show", true),
                        "axisLabel",
                        Map.of("rotate", 45, "interval", 0)));
        option.put(
                "yAxis",
                Map.of("type", "category", "data", offices, "inverse", true, "splitArea", Map.of("show", true)));
        option.put(
                "visualMap",
                Map.of(
                        "type",
                        "piecewise",
                        "dimension",
                        2,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "pieces",
                        pieces));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", message("kanwil.heatmap.index", locale));
        series.put("type", "heatmap");
        series.put("data", data);
        series.put("label", Map.of("show", true, "fontSize", 10));
        series.put("emphasis", Map.of("itemStyle", Map.of("borderColor", "#1d2733", "borderWidth", 1)));
        option.put("series", List.of(series));
        return Charts.json(option);
    }

    private static Map<String, Object> piece(
            String op, Object bound, String op2, Object bound2, String colour, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(op, bound);
        if (op2 != null) {
            m.put(op2, bound2);
        }
        m.put("color", colour);
        m.put("label", label);
        return m;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
