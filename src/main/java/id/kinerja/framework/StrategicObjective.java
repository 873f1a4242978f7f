package id.kinerja.framework;

import java.util.Objects;

/**
 * A Sasaran Strategis (SS), a strategic objective in one perspective (docs/domain.md §3).
 *
 * @param code            e.g. "SS1"
 * @param name            the Indonesian name, e.g. "Penerimaan negara dari sektor pajak yang optimal"
 * @param description     the manual's description (Deskripsi Sasaran Strategis)
 * @param perspectiveCode the perspective it belongs to
 * @param order           position in the framework (1-based)
 */
public record StrategicObjective(String code, String name, String description, String perspectiveCode, int order) {
    public StrategicObjective {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(perspectiveCode, "perspectiveCode");
    }
}
