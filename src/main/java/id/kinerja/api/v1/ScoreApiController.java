package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scorecard.ScorecardJson;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.web.TraceText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Nilai", description = "Nilai kinerja organisasi (NKO) resmi: hanya realisasi yang disetujui")
class ScoreApiController {

    private final UnitAccess access;
    private final ScorecardService scorecards;
    private final TraceText traceText;

    ScoreApiController(UnitAccess access, ScorecardService scorecards, TraceText traceText) {
        this.access = access;
        this.scorecards = scorecards;
        this.traceText = traceText;
    }

    @GetMapping("/api/v1/units/{code}/scores")
    @Operation(
            summary = "Kartu nilai unit untuk tahun dan periode",
            description = "NKO, predikat, perspektif, SS dan IKU (dibulatkan 2 desimal) dengan jejak perhitungan mesin "
                    + "(trace) dan peringatan per IKU. Periode bawaan Y.")
    Map<String, Object> score(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) Period period) {
        Unit unit = access.viewable(me, code);
        Period p = period == null ? Period.Y : period;
        UnitScorecard card = scorecards.score(unit.code(), year, p);
        Map<String, Object> root = new LinkedHashMap<>(ScorecardJson.toMap(card));
        root.put(
                "colour",
                card.scorecard().colour() == null
                        ? null
                        : card.scorecard().colour().name().toLowerCase());
        root.put("frameworkVersionId", card.frameworkVersion().id());
        root.put("agreementVersion", card.agreement().version());
        Map<String, IndicatorScore> byCode = new HashMap<>();
        card.scorecard().indicators().forEach(i -> byCode.put(i.code(), i));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) root.get("indicators");
        root.put(
                "indicators",
                indicators.stream()
                        .map(m -> {
                            Map<String, Object> withTrace = new LinkedHashMap<>(m);
                            IndicatorScore s = byCode.get((String) m.get("code"));
                            withTrace.put("trace", s == null ? List.of() : traceText.lines(s.trace()));
                            withTrace.put("warnings", s == null ? List.of() : traceText.lines(s.warnings()));
                            return withTrace;
                        })
                        .toList());
        root.put("trace", traceText.lines(card.scorecard().trace()));
        return root;
    }
}
