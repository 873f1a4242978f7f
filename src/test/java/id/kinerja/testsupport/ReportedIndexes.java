package id.kinerja.testsupport;

import id.kinerja.framework.Period;
import id.kinerja.realization.ReportedIndexWrite;
import id.kinerja.realization.internal.ReportedIndexRepository;
import java.math.BigDecimal;
import java.util.List;

/**
 * The reported indexes the dashboard and document tests store for a unit of their own with Kupang's 2024 agreement
 * and approved realizations: one the engine contradicts, one within the tolerance, one the engine does not score.
 */
public final class ReportedIndexes {

    private ReportedIndexes() {}

    public static void storeFor(OwnUnit own, ReportedIndexRepository reportedIndexes) {
        long id = own.unit.id();
        reportedIndexes.saveAll(
                OwnUnit.YEAR,
                List.of(
                        // 09c-N Y: the engine computes 105,61, the office reported 105,67
                        new ReportedIndexWrite(id, "09c-N", Period.Y, new BigDecimal("105.67")),
                        // 01a-CP Y: 100,50 by the engine, within 0,01 of the reported one
                        new ReportedIndexWrite(id, "01a-CP", Period.Y, new BigDecimal("100.505")),
                        // 07b-CP Q3: the engine does not score it (no Q3 realization)
                        new ReportedIndexWrite(id, "07b-CP", Period.Q3, new BigDecimal("110"))),
                "test");
    }
}
