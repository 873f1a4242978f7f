package id.kinerja.report;

import id.kinerja.consistency.CheckAcceptanceService;
import id.kinerja.consistency.Finding;
import id.kinerja.scorecard.ScorecardNotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The draft marking of the LAKIN and the NKO report: while consistency-check errors are neither fixed nor accepted
 * ({@link CheckAcceptanceService}) the documents print the draft line and carry the draft mark.
 */
@Component
class ReportDrafts {

    private final CheckAcceptanceService drafts;
    private final ReportTexts texts;

    ReportDrafts(CheckAcceptanceService drafts, ReportTexts texts) {
        this.drafts = drafts;
        this.texts = texts;
    }

    /**
     * The number of consistency-check errors that make a unit's year's LAKIN and NKO report drafts (neither fixed nor
     * accepted by the head, {@link CheckAcceptanceService}), or null when they are not drafts.
     */
    Long draftErrors(String unitCode, int year, List<Finding> documentFindings) {
        CheckAcceptanceService.Status status;
        try {
            status = documentFindings == null
                    ? drafts.status(unitCode, year)
                    : drafts.status(unitCode, year, documentFindings);
        } catch (ScorecardNotFoundException e) {
            throw new ReportNotFoundException(e.getMessage());
        }
        return status.draft() ? status.errors() : null;
    }

    /** The template variable of a draft: {@code draftErrors}, the count the draft line names (absent when none). */
    static Map<String, Object> draft(Long draftErrors) {
        return draftErrors == null ? Map.of() : Map.of("draftErrors", draftErrors);
    }

    String draftMark(Long draftErrors) {
        return draftErrors == null ? null : texts.text("report.draft.mark");
    }
}
