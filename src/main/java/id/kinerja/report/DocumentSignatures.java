package id.kinerja.report;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.consistency.DocumentCheck;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The check <b>signing</b> of the LAKIN and the NKO reports (the PK's is the consistency module's): each is printed
 * with a place ({@link DocumentSettings#place}: the place entered for the document, the PK's, the office's city) and
 * the name of the head who signs ({@link ReportTexts#signer}: the PK's first party, the unit's head). When one is
 * unknown the document leaves it blank, never a placeholder, and this error names where to enter it.
 */
@Component
class DocumentSignatures implements DocumentCheck {

    private final Units units;
    private final Agreements agreements;
    private final DocumentSettings settings;

    DocumentSignatures(Units units, Agreements agreements, DocumentSettings settings) {
        this.units = units;
        this.agreements = agreements;
        this.settings = settings;
    }

    @Override
    public List<Finding> check(String unitCode, int year) {
        Unit unit = units.findByCode(unitCode).orElse(null);
        if (unit == null) {
            return List.of();
        }
        PerformanceAgreement a = agreements.findCurrent(unit.id(), year).orElse(null);
        if (a == null) {
            return List.of();
        }
        List<Message> missing = new ArrayList<>();
        boolean noPlace =
                settings.of(unit.id(), year).stream().anyMatch(s -> DocumentSettings.place(s, a, unit) == null);
        if (noPlace) {
            missing.add(Message.of("check.signing.placeOrArea"));
        }
        if (ReportTexts.signer(a, unit).name() == null) {
            missing.add(Message.of("check.signing.head"));
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(
                Severity.ERROR,
                "signing",
                Message.of("check.where.signing.reports", year),
                Message.of("check.signing.reports.what", year, Message.joined(", ", missing)),
                Message.of("check.signing.reports.fix"),
                "/units/" + unit.code() + "/reports/settings?year=" + year));
    }
}
