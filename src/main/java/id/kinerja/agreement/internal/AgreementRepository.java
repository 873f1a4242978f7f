package id.kinerja.agreement.internal;

import id.kinerja.agreement.AgreementParty;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.AgreementVersion;
import id.kinerja.agreement.AwaitingSignature;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Indicator;
import id.kinerja.agreement.PerformanceAgreement.Party;
import id.kinerja.framework.Period;
import id.kinerja.scoring.Target;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance agreement aggregate ({@code performance_agreement} with its {@code agreement_indicator},
 * {@code agreement_target} and {@code agreement_budget} rows): the reads of the agreement in force, the versions the
 * editor lists and the writes. Each edit of a draft first {@link #claim claims} it at the row version its form was
 * loaded with (which also locks the row until the transaction ends), so a stale form changes nothing.
 */
@Repository
public class AgreementRepository {

    /** The header columns of a {@code performance_agreement} row; the parties become {@link Party} records. */
    private record HeaderRow(
            long unitId,
            int year,
            long frameworkVersionId,
            int version,
            String number,
            LocalDate agreementDate,
            String place,
            AgreementStatus status,
            String firstPartyName,
            String firstPartyPosition,
            String secondPartyName,
            String secondPartyPosition) {}

    /** An {@code agreement_indicator} row. */
    private record IndicatorRow(long id, long agreementId, String indicatorCode, BigDecimal weight) {}

    /** An {@code agreement_target} row: one period's target of an agreement's IKU. */
    private record TargetRow(long agreementIndicatorId, Period period, BigDecimal target, BigDecimal targetUpper) {

        Target value() {
            return new Target(target, targetUpper);
        }
    }

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The agreement in force for a unit and year: the signed one of the highest version, or, when
     * none is signed yet, the newest draft.
     */
    public Optional<PerformanceAgreement> findCurrent(long unitId, int year) {
        return jdbc.sql("""
                        select id from performance_agreement
                        where unit_id = ? and year = ? and status <> 'SUPERSEDED'
                        order by """ + IN_FORCE_ORDER + " limit 1")
                .params(unitId, year)
                .query(Long.class)
                .optional()
                .map(this::load);
    }

    /** Which agreement of a unit's year is in force: the signed one of the highest version, else the newest draft. */
    private static final String IN_FORCE_ORDER = "(status = 'SIGNED') desc, version desc";

    /**
     * The agreements in force ({@link #findCurrent}'s rule) of many units of one year in three queries, for bulk
     * work (an import of hundreds of offices): number, version, status, framework version and the IKU with weights
     * and targets; the parties, dates and budget are not read (null and empty).
     */
    public Map<Long, PerformanceAgreement> findCurrentAll(java.util.Collection<Long> unitIdsWanted, int year) {
        Map<Long, PerformanceAgreement> out = new LinkedHashMap<>();
        if (unitIdsWanted.isEmpty()) {
            return out;
        }
        Long[] unitIds = unitIdsWanted.toArray(Long[]::new);
        record Head(long id, long unitId, long frameworkVersionId, int version, AgreementStatus status) {}
        Map<Long, Head> heads = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (unit_id) id, unit_id, framework_version_id, version, status
                        from performance_agreement where unit_id = any(?) and year = ? and status <> 'SUPERSEDED'
                        order by unit_id, """ + IN_FORCE_ORDER)
                .params(unitIds, year)
                .query(Head.class)
                .list()
                .forEach(h -> heads.put(h.id(), h));
        if (heads.isEmpty()) {
            return out;
        }
        Long[] agreementIds = heads.keySet().toArray(Long[]::new);
        Map<Long, Long> agreementOf = new java.util.HashMap<>();
        Map<Long, String> ikuOf = new java.util.HashMap<>();
        Map<Long, Map<String, BigDecimal>> weights = new java.util.HashMap<>();
        Map<Long, Map<Period, Target>> targetsOf = new java.util.HashMap<>();
        jdbc.sql(
                        "select id, agreement_id, indicator_code, weight from agreement_indicator where agreement_id = any(?) order by agreement_id, sort_order")
                .param(agreementIds)
                .query(IndicatorRow.class)
                .list()
                .forEach(r -> {
                    agreementOf.put(r.id(), r.agreementId());
                    ikuOf.put(r.id(), r.indicatorCode());
                    weights.computeIfAbsent(r.agreementId(), k -> new LinkedHashMap<>())
                            .put(r.indicatorCode(), r.weight());
                    targetsOf.put(r.id(), new EnumMap<>(Period.class));
                });
        jdbc.sql("""
                        select t.agreement_indicator_id, t.period, t.target, t.target_upper from agreement_target t
                        join agreement_indicator i on i.id = t.agreement_indicator_id where i.agreement_id = any(?)""")
                .param(agreementIds)
                .query(TargetRow.class)
                .list()
                .forEach(t -> targetsOf.get(t.agreementIndicatorId()).put(t.period(), t.value()));
        Map<Long, Map<String, Map<Period, Target>>> byAgreement = new java.util.HashMap<>();
        targetsOf.forEach((indicatorId, t) -> byAgreement
                .computeIfAbsent(agreementOf.get(indicatorId), k -> new java.util.HashMap<>())
                .put(ikuOf.get(indicatorId), Map.copyOf(t)));
        for (Head h : heads.values()) {
            List<Indicator> indicators = new ArrayList<>();
            weights.getOrDefault(h.id(), Map.of())
                    .forEach((code, weight) -> indicators.add(new Indicator(
                            code,
                            weight,
                            byAgreement.getOrDefault(h.id(), Map.of()).getOrDefault(code, Map.of()))));
            out.put(
                    h.unitId(),
                    new PerformanceAgreement(
                            h.id(),
                            h.unitId(),
                            year,
                            h.frameworkVersionId(),
                            h.version(),
                            null,
                            null,
                            null,
                            h.status(),
                            null,
                            null,
                            List.copyOf(indicators),
                            List.of()));
        }
        return out;
    }

    public List<Integer> yearsOf(long unitId) {
        return jdbc.sql("select distinct year from performance_agreement where unit_id = ? order by year")
                .param(unitId)
                .query(Integer.class)
                .list();
    }

    /** The distinct years of the agreements of any of the given units, oldest first. */
    public List<Integer> yearsOfAny(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct year from performance_agreement where unit_id = any(?) order by year")
                .param(unitIds.toArray(Long[]::new))
                .query(Integer.class)
                .list();
    }

    /** The newest DRAFT of a unit's year (a first draft or a revision being prepared), if any. */
    public Optional<PerformanceAgreement> findDraft(long unitId, int year) {
        return jdbc.sql("""
                        select id from performance_agreement where unit_id = ? and year = ? and status = 'DRAFT'
                        order by version desc limit 1""").params(unitId, year).query(Long.class).optional().map(this::load);
    }

    /** The version number the next agreement of a unit's year gets. */
    public int nextVersion(long unitId, int year) {
        return jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from performance_agreement where unit_id = ? and year = ?")
                .params(unitId, year)
                .query(Integer.class)
                .single();
    }

    /** Records who changed an agreement last. */
    public void touch(long agreementId, String username) {
        jdbc.sql("update performance_agreement set updated_by = ?, updated_at = now() where id = ?")
                .params(username, agreementId)
                .update();
    }

    /**
     * Replaces the IKU, weights and targets of a DRAFT (a new row version); false, and nothing changed, when the
     * agreement is no longer a draft.
     */
    public boolean replaceDraftIndicators(
            long agreementId, List<PerformanceAgreement.Indicator> indicators, String username) {
        int claimed = jdbc.sql("""
                        update performance_agreement set row_version = row_version + 1, updated_by = ?, updated_at = now(),
                        """ + NO_SIGNATURES + " where id = ? and status = 'DRAFT'")
                .params(username, agreementId)
                .update();
        if (claimed != 1) {
            return false;
        }
        replaceIndicators(agreementId, indicators);
        return true;
    }

    /** An agreement by its id, whatever its status. */
    public Optional<PerformanceAgreement> findById(long id) {
        return jdbc.sql("select id from performance_agreement where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .map(this::load);
    }

    private PerformanceAgreement load(long id) {
        HeaderRow row = jdbc.sql("select * from performance_agreement where id = ?")
                .param(id)
                .query(HeaderRow.class)
                .single();
        Map<Long, String> codes = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        jdbc.sql(
                        "select id, agreement_id, indicator_code, weight from agreement_indicator where agreement_id = ? order by sort_order")
                .param(id)
                .query(IndicatorRow.class)
                .list()
                .forEach(r -> {
                    codes.put(r.id(), r.indicatorCode());
                    weights.put(r.indicatorCode(), r.weight());
                });
        Map<String, Map<Period, Target>> targets = new LinkedHashMap<>();
        codes.values().forEach(c -> targets.put(c, new EnumMap<>(Period.class)));
        jdbc.sql("""
                        select t.agreement_indicator_id, t.period, t.target, t.target_upper
                        from agreement_target t join agreement_indicator i on i.id = t.agreement_indicator_id
                        where i.agreement_id = ?""")
                .param(id)
                .query(TargetRow.class)
                .list()
                .forEach(t -> targets.get(codes.get(t.agreementIndicatorId())).put(t.period(), t.value()));
        List<Indicator> indicators = new ArrayList<>();
        codes.values().forEach(c -> indicators.add(new Indicator(c, weights.get(c), Map.copyOf(targets.get(c)))));
        List<BudgetItem> budget = jdbc.sql(
                        "select code, name, amount from agreement_budget where agreement_id = ? order by sort_order")
                .param(id)
                .query(BudgetItem.class)
                .list();
        return new PerformanceAgreement(
                id,
                row.unitId(),
                row.year(),
                row.frameworkVersionId(),
                row.version(),
                row.number(),
                row.agreementDate(),
                row.place(),
                row.status(),
                new Party(row.firstPartyName(), row.firstPartyPosition()),
                new Party(row.secondPartyName(), row.secondPartyPosition()),
                List.copyOf(indicators),
                budget);
    }

    /**
     * Stores a new agreement with its indicators, targets and budget, in one transaction. One stored as signed (the
     * demo data, a test's office) has both parties' signatures recorded as {@code createdBy}'s, on the agreement's
     * date (now when it has none).
     */
    @Transactional
    public long create(
            long unitId,
            int year,
            long frameworkVersionId,
            int version,
            String number,
            LocalDate date,
            String place,
            AgreementStatus status,
            Party first,
            Party second,
            List<Indicator> indicators,
            List<BudgetItem> budget,
            String createdBy) {
        boolean signed = status != AgreementStatus.DRAFT;
        // the parties signed on the agreement's date (the demo's PK: 2 September 2024), else now
        java.sql.Timestamp signedOn = date == null ? null : java.sql.Timestamp.valueOf(date.atTime(12, 0));
        long id = jdbc.sql("""
                        insert into performance_agreement (unit_id, year, framework_version_id, version, number,
                            agreement_date, place, status, first_party_name, first_party_position,
                            second_party_name, second_party_position, signed_at, created_by,
                            first_party_signed_by, first_party_signed_at, second_party_signed_by, second_party_signed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?,
                            case when ? then ? end, case when ? then coalesce(cast(? as timestamptz), now()) end,
                            case when ? then ? end, case when ? then coalesce(cast(? as timestamptz), now()) end)
                        returning id""")
                .params(
                        unitId,
                        year,
                        frameworkVersionId,
                        version,
                        number,
                        date == null ? null : Date.valueOf(date),
                        place,
                        status.name(),
                        first.name(),
                        first.position(),
                        second.name(),
                        second.position(),
                        signed,
                        createdBy,
                        signed,
                        createdBy,
                        signed,
                        signedOn,
                        signed,
                        createdBy,
                        signed,
                        signedOn)
                .query(Long.class)
                .single();
        insertIndicators(id, indicators);
        insertBudget(id, budget);
        return id;
    }
    /** The versions of a unit's year, oldest first. */
    public List<AgreementVersion> versions(long unitId, int year) {
        return jdbc.sql("select * from performance_agreement where unit_id = ? and year = ? order by version")
                .params(unitId, year)
                .query(AgreementVersion.class)
                .list();
    }

    /** The version with this id if it belongs to the unit (another unit's id is "not found"). */
    public Optional<AgreementVersion> find(long unitId, long id) {
        return jdbc.sql("select * from performance_agreement where id = ? and unit_id = ?")
                .params(id, unitId)
                .query(AgreementVersion.class)
                .optional();
    }

    /**
     * Claims a draft for an edit: false when it is not a draft any more or its row version moved on. A party's
     * signature given to the draft before is withdrawn: it was given to the content the edit changes.
     */
    public boolean claim(long id, int rowVersion, String username) {
        return jdbc.sql("update performance_agreement set row_version = row_version + 1, updated_by = ?,"
                                + " updated_at = now(), " + NO_SIGNATURES
                                + " where id = ? and row_version = ? and status = 'DRAFT'")
                        .params(username, id, rowVersion)
                        .update()
                == 1;
    }

    /** The parties' signatures of a draft withdrawn. */
    private static final String NO_SIGNATURES = "first_party_signed_by = null, first_party_signed_at = null,"
            + " second_party_signed_by = null, second_party_signed_at = null";

    /**
     * One party's signature of a draft at its row version: false when it is not a draft any more, the version moved
     * on or that party has signed already.
     */
    public boolean signAs(long id, int rowVersion, AgreementParty party, String username) {
        String column = party == AgreementParty.FIRST ? "first_party" : "second_party";
        return jdbc.sql("update performance_agreement set " + column + "_signed_by = ?, " + column
                                + "_signed_at = now(), row_version = row_version + 1 where id = ? and row_version = ?"
                                + " and status = 'DRAFT' and " + column + "_signed_by is null")
                        .params(username, id, rowVersion)
                        .update()
                == 1;
    }

    /**
     * The drafts of the given units their first party has signed and the second party has not (waiting for the head
     * of the unit above), oldest year first.
     */
    public List<AwaitingSignature> awaitingSecondParty(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id as agreement_id, unit_id, year, version, number, first_party_signed_by,
                            first_party_signed_at
                        from performance_agreement
                        where unit_id = any(?) and status = 'DRAFT' and second_party_signed_by is null
                            and first_party_signed_by is not null
                        order by year, unit_id""")
                .param(unitIds.toArray(Long[]::new))
                .query(AwaitingSignature.class)
                .list();
    }

    public void updateHeader(long id, String number, LocalDate date, String place, Party first, Party second) {
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

    /** The IKU, weights and targets of an agreement replaced (the caller has claimed the draft). */
    public void replaceIndicators(long id, List<Indicator> indicators) {
        jdbc.sql("delete from agreement_indicator where agreement_id = ?")
                .param(id)
                .update();
        insertIndicators(id, indicators);
    }

    /** The budget lines of an agreement replaced (the caller has claimed the draft). */
    public void replaceBudget(long id, List<BudgetItem> budget) {
        jdbc.sql("delete from agreement_budget where agreement_id = ?")
                .param(id)
                .update();
        insertBudget(id, budget);
    }

    /**
     * A draft whose parties have signed becomes SIGNED, {@code username}'s signature completing it: false when it is
     * not a draft any more.
     */
    public boolean putInForce(long id, String username) {
        return jdbc.sql("""
                        update performance_agreement set status = 'SIGNED', signed_at = now(), signed_by = ?,
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and status = 'DRAFT'""").params(username, username, id).update() == 1;
    }

    /** The signed versions of the unit's year other than this one become SUPERSEDED; their version numbers. */
    public List<Integer> supersedeOthers(long unitId, int year, long exceptId, String username) {
        return jdbc.sql("""
                        update performance_agreement set status = 'SUPERSEDED', updated_by = ?, updated_at = now(),
                            row_version = row_version + 1
                        where unit_id = ? and year = ? and status = 'SIGNED' and id <> ? returning version""")
                .params(username, unitId, year, exceptId)
                .query(Integer.class)
                .list();
    }

    private void insertIndicators(long id, List<Indicator> indicators) {
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

    private void insertBudget(long id, List<BudgetItem> budget) {
        int order = 0;
        for (BudgetItem item : budget) {
            jdbc.sql(
                            "insert into agreement_budget (agreement_id, code, name, amount, sort_order) values (?, ?, ?, ?, ?)")
                    .params(id, item.code(), item.name(), item.amount(), order++)
                    .update();
        }
    }
}
