package id.kinerja.consistency;

import id.kinerja.organisation.Unit;
import java.util.List;

/** The findings of one unit's year, errors first. */
public record ConsistencyReport(Unit unit, int year, List<Finding> findings) {

    public long count(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether anything needs fixing (errors or warnings); infos only explain. */
    public boolean hasSomethingToFix() {
        return count(Finding.Severity.ERROR) + count(Finding.Severity.WARNING) > 0;
    }
}
