package id.kinerja.narrative;

import java.util.List;

/**
 * What importing a narrative file would do to a unit's year, shown before anything is written: the sections whose
 * text changes (old and new, sanitised as the editor does), and for each what stops it (a conflict with a version
 * saved on the web since the export, an unknown placeholder, a section the user may not write). Applied only as a
 * whole ({@link NarrativeService#applyImport}).
 *
 * @param fileName  the uploaded file's name, for the audit trail
 * @param changes   the sections that change, in the catalogue's order
 * @param kept      titles of sections the file leaves empty although they are written (kept as they are)
 * @param unchanged the number of sections the file brings back unchanged
 */
public record NarrativeImport(
        long unitId, int year, String fileName, List<Change> changes, List<String> kept, int unchanged) {

    public enum Kind {
        NEW,
        CHANGED
    }

    /**
     * One section that changes.
     *
     * @param oldContent     the newest stored text ("" for a new section)
     * @param currentVersion the newest stored version (0 for none)
     * @param newContent     the file's text, sanitised, placeholders kept
     * @param baseVersion    the version the file was exported at
     * @param conflict       why it conflicts (a version saved since the export), or null
     * @param refusals       why it cannot be saved (unknown placeholder, no right), empty when it can
     * @param problems       what it will lack when printed (placeholders without a value yet)
     */
    public record Change(
            NarrativeSection section,
            Kind kind,
            String oldContent,
            int currentVersion,
            String newContent,
            int baseVersion,
            String conflict,
            List<String> refusals,
            List<String> problems) {

        public boolean applicable() {
            return conflict == null && refusals.isEmpty();
        }
    }

    /** Something to apply, and nothing in the way. */
    public boolean applicable() {
        return !changes.isEmpty() && changes.stream().allMatch(Change::applicable);
    }

    public long conflicts() {
        return changes.stream().filter(c -> c.conflict() != null).count();
    }
}
