package id.kinerja.kanwil;

import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import java.util.List;

/**
 * The offices (KPP) under a Kanwil (or, for headquarters, under its Kanwil) for a year and period: ranked by NKO,
 * the IKU index of each (the heat map), those that have not reported, those without an agreement.
 *
 * @param root               the Kanwil or headquarters
 * @param year               the year
 * @param period             the period
 * @param ranked             the offices with an agreement, highest NKO first
 * @param withoutAgreement   the offices without an agreement for the year
 * @param notReported        the offices with at least one agreed IKU that has a target but no approved realization
 * @param indicatorCodes     the heat map's columns: every IKU agreed by any of the offices, in framework order
 * @param bands              the colour bands of the heat map (of the first office's framework; default otherwise)
 */
public record KanwilView(
        Unit root,
        int year,
        Period period,
        List<OfficeRow> ranked,
        List<Office> withoutAgreement,
        List<OfficeRow> notReported,
        List<String> indicatorCodes,
        ColourBands bands) {

    /** An office and the Kanwil it belongs to. */
    public record Office(Unit unit, Unit kanwil) {}

    /**
     * One office's result.
     *
     * @param rank     1 for the highest NKO; equal NKO share a rank; offices without NKO are last
     * @param office   the office
     * @param card     its scorecard for the period
     * @param scored   the number of IKU scored
     * @param excluded the number of IKU left out
     * @param missing  the IKU that have a target in the period but no approved realization
     * @param cells    per heat-map column the IKU's score, null when the office did not agree that IKU
     */
    public record OfficeRow(
            int rank,
            Office office,
            UnitScorecard card,
            int scored,
            int excluded,
            List<IndicatorScore> missing,
            List<IndicatorScore> cells) {
        public Scorecard scorecard() {
            return card.scorecard();
        }
    }
}
