package id.kinerja.agreement.internal;

import id.kinerja.agreement.PlanningReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An IKU's targets in the planning documents above the PK (Renstra DJP, RPJMN) and its national standard, per unit
 * and year ({@code planning_reference}). The LAKIN compares the year's realization with them; null means the
 * document sets none.
 */
@Repository
public class PlanningReferenceRepository {

    private final JdbcClient jdbc;

    PlanningReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The references of a unit's year, by IKU code. */
    public Map<String, PlanningReference> find(long unitId, int year) {
        Map<String, PlanningReference> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select indicator_code, renstra_target, rpjmn_target, national_standard, source
                        from planning_reference where unit_id = ? and year = ? order by indicator_code""")
                .params(unitId, year)
                .query(PlanningReference.class)
                .list()
                .forEach(r -> out.put(r.indicatorCode(), r));
        return out;
    }

    public void save(long unitId, int year, PlanningReference r) {
        jdbc.sql("""
                        insert into planning_reference (unit_id, year, indicator_code, renstra_target, rpjmn_target,
                            national_standard, source) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, indicator_code) do update set renstra_target = excluded.renstra_target,
                            rpjmn_target = excluded.rpjmn_target, national_standard = excluded.national_standard,
                            source = excluded.source""")
                .params(
                        unitId,
                        year,
                        r.indicatorCode(),
                        r.renstraTarget(),
                        r.rpjmnTarget(),
                        r.nationalStandard(),
                        r.source())
                .update();
    }
}
