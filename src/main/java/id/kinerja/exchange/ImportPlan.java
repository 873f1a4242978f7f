package id.kinerja.exchange;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an import will change, sheet by sheet: rows added and changed (with old -> new per field), the count of
 * unchanged rows, and the reported indexes that differ from the engine's by more than 0.01 (flagged, still
 * accepted). Deterministic for the same file and the same database: the confirmation re-plans the stored file and
 * applies only when the new plan equals the one previewed. Its texts (notes, explanations, changed rows' keys) are
 * in {@code language}, the importing user's language tag ({@link ImportTexts}); applying re-plans in that language.
 * {@link ImportService#summary} is the plan as text for the command line and the API.
 */
public record ImportPlan(
        String fileName,
        String sha256,
        String unitCode,
        int year,
        String realizationStatus,
        List<SheetPlan> sheets,
        List<IndexFlag> flags,
        List<String> notes,
        List<ImplausibleValue> implausible,
        String language) {

    /**
     * A realization the plausibility check of the realization module doubts ({@code RealizationService.plausibility}:
     * a percent above 1.000, 100 times the previous period); the plan is applied only when confirmed explicitly.
     */
    public record ImplausibleValue(
            int row, String unitCode, String indicator, String period, BigDecimal value, String explanation) {}

    /** True when applying needs the explicit confirmation of implausible values. */
    public boolean needsConfirmation() {
        return implausible != null && !implausible.isEmpty();
    }

    /** One sheet: counts and the changed rows. */
    public record SheetPlan(String sheet, int added, int changed, int unchanged, List<RowChange> rows) {}

    /** A row that adds or changes something: kind BARU (new) or BERUBAH (changed), labelled {@code exchange.kind.*}. */
    public record RowChange(int row, String kind, String unitCode, String key, List<FieldChange> fields) {}

    /** One field of a row, before and after (old is empty for a new row). */
    public record FieldChange(String field, String oldValue, String newValue) {}

    /** A reported index that differs from the engine's (or that the engine does not score). */
    public record IndexFlag(
            int row,
            String unitCode,
            String indicator,
            String period,
            BigDecimal reported,
            BigDecimal engine,
            String explanation) {}

    public int added() {
        return sheets.stream().mapToInt(SheetPlan::added).sum();
    }

    public int changed() {
        return sheets.stream().mapToInt(SheetPlan::changed).sum();
    }

    public int unchanged() {
        return sheets.stream().mapToInt(SheetPlan::unchanged).sum();
    }

    /** True when applying would change nothing ("tidak ada perubahan"). */
    public boolean nothingToChange() {
        return added() == 0 && changed() == 0;
    }
}
