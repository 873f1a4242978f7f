package id.kinerja.whatif;

import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.List;

/**
 * A what-if run: the official scorecard (approved realizations) and, when the typed values were all numbers, the
 * scorecard of the sandbox (the same inputs with the changed realizations, in memory only).
 *
 * @param official  the official scorecard of the period
 * @param result    the sandbox's scorecard; null when nothing was submitted or a value was not a number
 * @param rows      one per agreed IKU, in framework order
 * @param submitted whether values were submitted (false: the form as first shown)
 */
public record Sandbox(Scorecard official, Scorecard result, List<Row> rows, boolean submitted) {

    /**
     * One IKU of the form.
     *
     * @param official the official score
     * @param result   the sandbox score (null when there is no result)
     * @param typed    the text in the field (the official realization when first shown)
     * @param value    the number typed; null when blank or invalid
     * @param changed  whether the typed value differs from the official realization
     * @param invalid  whether the text is not a number
     */
    public record Row(
            IndicatorScore official,
            IndicatorScore result,
            String typed,
            BigDecimal value,
            boolean changed,
            boolean invalid) {
        public String code() {
            return official.code();
        }

        /** The sandbox index minus the official one; null unless both are scored. */
        public BigDecimal delta() {
            return result == null || result.index() == null || official.index() == null
                    ? null
                    : result.index().subtract(official.index());
        }
    }

    public List<Row> invalid() {
        return rows.stream().filter(Row::invalid).toList();
    }

    public List<Row> changed() {
        return rows.stream().filter(Row::changed).toList();
    }

    /** The sandbox NKO minus the official; null unless both exist. */
    public BigDecimal delta() {
        return result == null || result.nko() == null || official.nko() == null
                ? null
                : result.nko().subtract(official.nko());
    }
}
