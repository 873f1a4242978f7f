package id.kinerja.agreement;

import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Indicator;
import id.kinerja.agreement.PerformanceAgreement.Party;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editor's writes on agreements. Each edit first {@link #claim claims} the draft at the row version its form
 * was loaded with (which also locks the row until the transaction ends), so a stale form changes nothing.
 */
@Repository
class AgreementDrafts {

    private static final RowMapper<AgreementVersion> ROW = (rs, i) -> new AgreementVersion(
            rs.getLong("id"),
            rs.getInt("version"),
            AgreementStatus.valueOf(rs.getString("status")),
            rs.getString("number"),
            rs.getLong("framework_version_id"),
            rs.getString("created_by"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getString("updated_by"),
            rs.getObject("updated_at", OffsetDateTime.class),
            rs.getString("signed_by"),
            rs.getObject("signed_at", OffsetDateTime.class),
            rs.getInt("row_version"));

    private final JdbcClient jdbc;

    AgreementDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementVersion> versions(long unitId, int year) {
        return jdbc.sql("select * from performance_agreement where unit_id = ? and year = ? order by version")
                .params(unitId, year)
                .query(ROW)
                .list();
    }

    /** The version with this id if it belongs to the unit (another unit's id is "not found"). */
    Optional<AgreementVersion> find(long unitId, long id) {
        return jdbc.sql("select * from performance_agreement where id = ? and unit_id = ?")
                .params(id, unitId)
                .query(ROW)
                .optional();
    }

    /** Claims a draft for an edit: false when it is not a draft any more or its row version moved on. */
    boolean claim(long id, int rowVersion, String username) {
        return jdbc.sql("""
                        update performance_agreement set row_version = row_version + 1, updated_by = ?, updated_at = now()
                        where id = ? and row_version = ? and status = 'DRAFT'""").params(username, id, rowVersion).update() == 1;
    }

    void updateHeader(long id, String number, LocalDate date, String place, Party first, Party second) {
        jdbc.sql("""
                        update performance_agreement set number = ?, agreement_date = ?, place = ?,
                            first_party_name = ?, first_party_position = ?, second_party_name = ?, second_party_position = ?
                        where id = ?""")
                .params(
                        number,
                        date == null ? null : Date.valueOf(date),
                        place,
                        first.name(),
                        first.position(),
                        second.name(),
                        second.position(),
                        id)
                .update();
    }

    void replaceIndicators(long id, List<Indicator> indicators) {
        jdbc.sql("delete from agreement_indicator where agreement_id = ?")
                .param(id)
                .update();
        int order = 0;
        for (Indicator indicator : indicators) {
            long indicatorId = jdbc.sql("""
                            insert into agreement_indicator (agreement_id, indicator_code, weight, sort_order)
                            values (?, ?, ?, ?) returning id""")
                    .params(id, indicator.code(), indicator.weight(), order++)
                    .query(Long.class)
                    .single();
            for (var t : indicator.targets().entrySet()) {
                jdbc.sql(
                                "insert into agreement_target (agreement_indicator_id, period, target, target_upper) values (?, ?, ?, ?)")
                        .params(
                                indicatorId,
                                t.getKey().name(),
                                t.getValue().value(),
                                t.getValue().upper())
                        .update();
            }
        }
    }

    void replaceBudget(long id, List<BudgetItem> budget) {
        jdbc.sql("delete from agreement_budget where agreement_id = ?")
                .param(id)
                .update();
        int order = 0;
        for (BudgetItem item : budget) {
            jdbc.sql(
                            "insert into agreement_budget (agreement_id, code, name, amount, sort_order) values (?, ?, ?, ?, ?)")
                    .params(id, item.code(), item.name(), item.amount(), order++)
                    .update();
        }
    }

    /** Signs a draft at its row version: false when it is not a draft any more or the version moved on. */
    boolean sign(long id, int rowVersion, String username) {
        return jdbc.sql("""
                        update performance_agreement set status = 'SIGNED', signed_at = now(), signed_by = ?,
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ? and status = 'DRAFT'""").params(username, username, id, rowVersion).update() == 1;
    }

    /** The signed versions of the unit's year other than this one become SUPERSEDED; their version numbers. */
    List<Integer> supersedeOthers(long unitId, int year, long exceptId, String username) {
        return jdbc.sql("""
                        update performance_agreement set status = 'SUPERSEDED', updated_by = ?, updated_at = now(),
                            row_version = row_version + 1
                        where unit_id = ? and year = ? and status = 'SIGNED' and id <> ? returning version""")
                .params(username, unitId, year, exceptId)
                .query(Integer.class)
                .list();
    }

    int nextVersion(long unitId, int year) {
        return jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from performance_agreement where unit_id = ? and year = ?")
                .params(unitId, year)
                .query(Integer.class)
                .single();
    }
}
