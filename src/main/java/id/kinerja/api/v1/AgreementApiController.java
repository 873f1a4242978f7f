package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.Target;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Perjanjian kinerja", description = "Perjanjian kinerja (PK) yang berlaku")
class AgreementApiController {

    record TargetDto(BigDecimal value, BigDecimal upper) {
        static TargetDto of(Target t) {
            return t == null ? null : new TargetDto(t.value(), t.upper());
        }
    }

    record IndicatorDto(
            String code, String name, String objective, BigDecimal weight, Map<Period, TargetDto> targets) {}

    record PartyDto(String name, String position) {}

    record BudgetDto(String code, String name, BigDecimal amount) {}

    record AgreementDto(
            String unit,
            int year,
            long id,
            int version,
            String status,
            String number,
            LocalDate date,
            String place,
            long frameworkVersionId,
            PartyDto firstParty,
            PartyDto secondParty,
            List<IndicatorDto> indicators,
            List<BudgetDto> budget) {}

    private final UnitAccess access;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;

    AgreementApiController(UnitAccess access, Agreements agreements, FrameworkCatalog frameworks) {
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
    }

    @GetMapping("/api/v1/units/{code}/agreement")
    @Operation(
            summary = "Perjanjian kinerja yang berlaku untuk unit dan tahun",
            description = "IKU dengan bobot dan target per periode, anggaran, para pihak. 404 bila tidak ada.")
    AgreementDto current(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        PerformanceAgreement a = agreements
                .findCurrent(unit.id(), year)
                .orElseThrow(
                        () -> ApiProblem.notFound("Tidak ada perjanjian kinerja " + unit.code() + " tahun " + year));
        Framework f = frameworks.framework(a.frameworkVersionId());
        List<IndicatorDto> indicators = a.indicators().stream()
                .map(i -> {
                    Indicator def = f.indicator(i.code());
                    Map<Period, TargetDto> targets = new LinkedHashMap<>();
                    for (Period p : Period.values()) {
                        if (i.targets().containsKey(p)) {
                            targets.put(p, TargetDto.of(i.targets().get(p)));
                        }
                    }
                    return new IndicatorDto(
                            i.code(),
                            def == null ? null : def.name(),
                            def == null ? null : def.objectiveCode(),
                            i.weight(),
                            targets);
                })
                .toList();
        return new AgreementDto(
                unit.code(),
                a.year(),
                a.id(),
                a.version(),
                a.status().name(),
                a.number(),
                a.date(),
                a.place(),
                a.frameworkVersionId(),
                party(a.firstParty()),
                party(a.secondParty()),
                indicators,
                a.budget().stream()
                        .map(b -> new BudgetDto(b.code(), b.name(), b.amount()))
                        .toList());
    }

    private static PartyDto party(PerformanceAgreement.Party p) {
        return p == null ? null : new PartyDto(p.name(), p.position());
    }
}
