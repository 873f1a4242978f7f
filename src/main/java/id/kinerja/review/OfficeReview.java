package id.kinerja.review;

import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilView.Office;
import java.util.Map;

/**
 * One office of the Kanwil's review overview ({@code /units/{code}/reviews}).
 *
 * @param open threads waiting for the office
 * @param answered threads waiting for the reviewer
 * @param reviewed the quarters of the year marked reviewed
 * @param withoutAgreement the office has no agreement for the year
 * @param notReported the number of agreed IKU with a target in the period and no approved realization (the Kanwil
 *     view's "not reported"), 0 without an agreement
 */
public record OfficeReview(
        Office office,
        int open,
        int answered,
        Map<Period, PeriodReview> reviewed,
        boolean withoutAgreement,
        int notReported) {

    public OfficeReview {
        reviewed = Map.copyOf(reviewed);
    }

    /** Late: the office has not reported the period (or has no agreement). */
    public boolean late() {
        return withoutAgreement || notReported > 0;
    }
}
