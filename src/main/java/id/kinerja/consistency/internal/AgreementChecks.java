package id.kinerja.consistency.internal;

import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.framework.Period;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The checks <b>agreement</b> and <b>signing</b> of {@link id.kinerja.consistency.ConsistencyCheck}. */
@Component
public class AgreementChecks {

    private final Agreements agreements;

    AgreementChecks(Agreements agreements) {
        this.agreements = agreements;
    }

    public void agreement(ScoringContext context, String base, List<Finding> out) {
        PerformanceAgreement inForce = context.agreement();
        String link = base + "/agreement?year=" + context.year();
        if (inForce.status() != AgreementStatus.SIGNED) {
            out.add(new Finding(
                    Severity.WARNING,
                    "agreement",
                    Message.of("check.where.agreement", context.year()),
                    Message.of("check.agreement.unsigned.what", inForce.version()),
                    Message.of("check.agreement.unsigned.fix"),
                    link));
            return;
        }
        // targets live only in the agreement (agreement_target): a draft revision is the other place they may differ
        PerformanceAgreement draft =
                agreements.findDraft(context.unit().id(), context.year()).orElse(null);
        if (draft == null) {
            return;
        }
        Map<String, Map<Period, Target>> draftTargets = draft.indicators().stream()
                .collect(Collectors.toMap(
                        PerformanceAgreement.Indicator::code, PerformanceAgreement.Indicator::targets));
        for (PerformanceAgreement.Indicator i : inForce.indicators()) {
            Map<Period, Target> theirs = draftTargets.get(i.code());
            List<Message> diffs = new ArrayList<>();
            if (theirs == null) {
                diffs.add(Message.of("check.agreement.draft.gone"));
            } else {
                for (Period p : Period.values()) {
                    Target a = i.targets().get(p);
                    Target b = theirs.get(p);
                    if (a == null ? b != null : !a.sameAs(b)) {
                        diffs.add(Message.of("check.agreement.draft.diff", Message.period(p), target(a), target(b)));
                    }
                }
            }
            if (!diffs.isEmpty()) {
                out.add(new Finding(
                        Severity.WARNING,
                        "agreement",
                        Message.of("check.where.iku", i.code()),
                        Message.of(
                                "check.agreement.draft.what",
                                draft.version(),
                                inForce.version(),
                                Message.joined("; ", diffs)),
                        Message.of("check.agreement.draft.fix"),
                        link));
            }
        }
    }

    /**
     * The names, place and date the PK is signed with: the agreement's date, place and both parties. The LAKIN's and
     * the NKO report's place, date and signer are checked by the report module, which prints them
     * ({@code report.DocumentSignatures}, a {@link id.kinerja.consistency.DocumentCheck}).
     */
    public void signing(ScoringContext context, String base, List<Finding> out) {
        PerformanceAgreement a = context.agreement();
        int year = context.year();
        String link = base + "/agreement?year=" + year;
        List<Message> pk = new ArrayList<>();
        if (blank(a.place())) {
            pk.add(Message.of("check.signing.place"));
        }
        if (a.date() == null) {
            pk.add(Message.of("check.signing.date"));
        }
        if (a.firstParty() == null || blank(a.firstParty().name())) {
            pk.add(Message.of("check.signing.firstParty"));
        }
        if (a.secondParty() == null || blank(a.secondParty().name())) {
            pk.add(Message.of("check.signing.secondParty"));
        }
        if (!pk.isEmpty()) {
            out.add(new Finding(
                    Severity.ERROR,
                    "signing",
                    Message.of("check.where.signing.pk", year),
                    Message.of("check.signing.pk.what", year, Message.joined(", ", pk)),
                    Message.of("check.signing.pk.fix"),
                    link));
        }
    }

    /**
     * The IKU of the agreement in force with nothing recorded of their Renstra / RPJMN targets and national standard
     * for the year ({@link Agreements#planningReferences}): the LAKIN's comparison with them (chapter III.A) has no
     * figure to print. One error naming them, linking to the first one's IKU page where they are entered. A document
     * that sets no target for an IKU is recorded as such (an empty target), which is not missing.
     */
    public void planning(ScoringContext context, String base, List<Finding> out) {
        var recorded = agreements.planningReferences(context.unit().id(), context.year());
        List<String> missing = context.agreement().indicators().stream()
                .map(PerformanceAgreement.Indicator::code)
                .filter(c -> !recorded.containsKey(c))
                .sorted()
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        out.add(new Finding(
                Severity.ERROR,
                "planning",
                Message.of("check.where.planning", context.year()),
                Message.of("check.planning.what", missing.size(), String.join(", ", missing)),
                Message.of("check.planning.fix"),
                base + "/iku/" + missing.get(0) + "?year=" + context.year() + "#planning"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A target as the documents print it: "85,00", a range "80,00–90,00", a dash when none. */
    static Object target(Target t) {
        return t == null || t.upper() == null
                ? Message.index(t == null ? null : t.value())
                : Message.of("check.target.range", Message.index(t.value()), Message.index(t.upper()));
    }
}
