package id.kinerja.report;

import id.kinerja.agreement.AgreementParty;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.organisation.Unit;
import id.kinerja.web.Formats;
import id.kinerja.web.TimeFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The PK document's view model ({@link PkReport}) from the agreement in force: also the LAKIN's PK appendix. */
@Component
class PkReportBuilder {

    private final Formats formats;
    private final ReportTexts texts;
    private final Agreements agreements;
    private final TimeFormats times;

    PkReportBuilder(Formats formats, ReportTexts texts, Agreements agreements, TimeFormats times) {
        this.formats = formats;
        this.texts = texts;
        this.agreements = agreements;
        this.times = times;
    }

    PkReport build(Unit unit, PerformanceAgreement a, Framework framework) {
        Map<String, PerformanceAgreement.Indicator> agreed = new HashMap<>();
        a.indicators().forEach(i -> agreed.put(i.code(), i));
        List<PkReport.MapRow> map = new ArrayList<>();
        List<PkReport.TargetRow> targets = new ArrayList<>();
        for (Perspective p : framework.perspectives()) {
            boolean firstOfPerspective = true;
            for (StrategicObjective o : framework.objectivesOf(p.code())) {
                boolean firstOfObjective = true;
                for (Indicator iku : framework.indicatorsOf(o.code())) {
                    PerformanceAgreement.Indicator chosen = agreed.get(iku.code());
                    if (chosen == null) {
                        continue;
                    }
                    map.add(new PkReport.MapRow(
                            firstOfPerspective ? p.name() : null,
                            firstOfObjective ? o.code() : null,
                            firstOfObjective ? o.name() : null,
                            iku.code(),
                            iku.name(),
                            texts.unitName(iku.unit())));
                    firstOfPerspective = false;
                    firstOfObjective = false;
                    List<String> cells = Arrays.stream(Period.values())
                            .map(per -> texts.target(chosen.targets().get(per), iku.unit()))
                            .toList();
                    targets.add(new PkReport.TargetRow(
                            iku.code(), iku.name(), texts.unitName(iku.unit()), formats.index(chosen.weight()), cells));
                }
            }
        }
        List<PkReport.BudgetRow> budget = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PerformanceAgreement.BudgetItem b : a.budget()) {
            boolean top = b.code() == null || !b.code().contains(".");
            budget.add(new PkReport.BudgetRow(b.code(), b.name(), formats.rupiah(b.amount()), top));
            if (top && b.amount() != null) {
                total = total.add(b.amount());
            }
        }
        return new PkReport(
                unit.name(),
                unit.code(),
                a.year(),
                a.number(),
                a.date() == null ? null : formats.date(a.date()),
                a.place(),
                a.version(),
                a.status().name(),
                framework.name(),
                ReportTexts.party(a.firstParty()),
                ReportTexts.party(a.secondParty()),
                signedAt(a, AgreementParty.FIRST),
                signedAt(a, AgreementParty.SECOND),
                map,
                Arrays.stream(Period.values()).map(Period::name).toList(),
                targets,
                budget,
                a.budget().isEmpty() ? null : formats.rupiah(total));
    }

    /** When a party signed the agreement in the app (its version row), null when it has not. */
    private String signedAt(PerformanceAgreement a, AgreementParty party) {
        return agreements.versions(a.unitId(), a.year()).stream()
                .filter(v -> v.id() == a.id())
                .findFirst()
                .map(v -> v.signedAt(party))
                .map(times::format)
                .orElse(null);
    }
}
