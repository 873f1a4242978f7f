package id.kinerja.exchange;

import id.kinerja.agreement.AgreementRepository;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditLog;
import id.kinerja.budget.BudgetRepository;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRepository;
import id.kinerja.realization.IndicatorHistoryRepository;
import id.kinerja.realization.RealizationService;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.revenue.RevenueRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan. Always called inside the import's single transaction ({@link ImportService}): any failure rolls
 * everything back. Realizations and revenue months, the large sheets, go in JDBC batches.
 */
@Component
class ImportApplier {

    static final String SOURCE = "IMPORT";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitRepository units;
    private final AgreementRepository agreements;
    private final IndicatorHistoryRepository history;
    private final RevenueRepository revenue;
    private final BudgetRepository budget;
    private final AuditLog audit;

    ImportApplier(JdbcClient jdbc, JdbcTemplate template, UnitRepository units, AgreementRepository agreements,
                  IndicatorHistoryRepository history, RevenueRepository revenue, BudgetRepository budget,
                  AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
        this.agreements = agreements;
        this.history = history;
        this.revenue = revenue;
        this.budget = budget;
        this.audit = audit;
    }

    void apply(Writes w, ImportPlan plan, String username) {
        String reason = "Impor Excel '" + plan.fileName() + "' (sha256 " + plan.sha256() + ")";
        Map<String, Long> ids = new HashMap<>();
        for (NewUnit n : w.newUnits) {
            Unit u = units.create(n);
            ids.put(u.code(), u.id());
            audit.record(username, u.id(), "unit", u.code(), "IMPORT_CREATE", null, describe(n), reason);
        }
        for (Writes.UnitUpdate up : w.unitUpdates) {
            Unit old = units.findByCode(up.code()).orElseThrow();
            NewUnit n = up.values();
            Long parentId = n.parentCode() == null ? null : units.findByCode(n.parentCode()).orElseThrow().id();
            jdbc.sql("""
                            update unit set name = ?, type = ?, parent_id = ?, official_code = ?, head_name = ?, area = ?,
                                address = ?, staff_count = ? where id = ?""")
                    .params(n.name(), n.type().name(), parentId, n.officialCode(), n.headName(), n.area(), n.address(),
                            n.staffCount(), old.id()).update();
            audit.record(username, old.id(), "unit", old.code(), "IMPORT_UPDATE", old, describe(n), reason);
        }
        java.util.function.Function<String, Long> id = code -> ids.computeIfAbsent(code,
                c -> units.findByCode(c).orElseThrow().id());
        for (Writes.AgreementWrite a : w.agreements) {
            long unitId = id.apply(a.unitCode());
            if (a.agreementId() == null) {
                int version = jdbc.sql("select coalesce(max(version), 0) + 1 from performance_agreement where unit_id = ? and year = ?")
                        .params(unitId, plan.year()).query(Integer.class).single();
                Unit unit = units.findById(unitId).orElseThrow();
                long created = agreements.create(unitId, plan.year(), a.frameworkVersionId(), version, null, null, null,
                        AgreementStatus.DRAFT, new PerformanceAgreement.Party(unit.headName(), null),
                        new PerformanceAgreement.Party(null, null), a.indicators(), List.of(), username);
                audit.record(username, unitId, "agreement", plan.year() + "/v" + version, "IMPORT_CREATE", null,
                        a.indicators().size() + " IKU", reason);
                jdbc.sql("update performance_agreement set updated_by = ?, updated_at = now() where id = ?")
                        .params(username, created).update();
            } else {
                int claimed = jdbc.sql("""
                                update performance_agreement set row_version = row_version + 1, updated_by = ?, updated_at = now()
                                where id = ? and status = 'DRAFT'""").params(username, a.agreementId()).update();
                if (claimed != 1) {
                    throw new ImportRejectedException(List.of(ImportProblem.sheet(WorkbookLayout.TARGETS,
                            "perjanjian kinerja " + a.unitCode() + " bukan konsep lagi; impor ulang")));
                }
                jdbc.sql("delete from agreement_indicator where agreement_id = ?").param(a.agreementId()).update();
                int order = 0;
                for (PerformanceAgreement.Indicator i : a.indicators()) {
                    long indicatorId = jdbc.sql("""
                                    insert into agreement_indicator (agreement_id, indicator_code, weight, sort_order)
                                    values (?, ?, ?, ?) returning id""")
                            .params(a.agreementId(), i.code(), i.weight(), order++).query(Long.class).single();
                    for (var t : i.targets().entrySet()) {
                        jdbc.sql("insert into agreement_target (agreement_indicator_id, period, target, target_upper) values (?, ?, ?, ?)")
                                .params(indicatorId, t.getKey().name(), t.getValue().value(), t.getValue().upper()).update();
                    }
                }
            }
        }
        int n = w.realizations.size();
        Long[] unitIds = new Long[n];
        String[] codes = new String[n];
        String[] periods = new String[n];
        java.math.BigDecimal[] values = new java.math.BigDecimal[n];
        String[] notes = new String[n];
        String[] statuses = new String[n];
        String[] reviewers = new String[n];
        String[] approvers = new String[n];
        String[] keys = new String[n];
        String[] newValues = new String[n];
        for (int i = 0; i < n; i++) {
            Writes.RealizationWrite r = w.realizations.get(i);
            boolean approved = r.status() == RealizationStatus.APPROVED;
            boolean reviewed = approved || r.status() == RealizationStatus.VERIFIED;
            unitIds[i] = id.apply(r.unitCode());
            codes[i] = r.indicator();
            periods[i] = r.period().name();
            values[i] = r.value();
            notes[i] = r.note();
            statuses[i] = r.status().name();
            reviewers[i] = reviewed ? username : null;
            approvers[i] = approved ? username : null;
            keys[i] = RealizationService.key(plan.year(), r.indicator(), r.period());
            newValues[i] = r.value().toPlainString() + " (" + r.status() + ")";
        }
        if (n > 0) {
            // One statement per table with arrays (unnest): 100,000 rows in about a second, where a JDBC batch of
            // single-row statements took ten times longer (docs/benchmarks.md).
            template.update("""
                    delete from realization_component c using realization r,
                        unnest(?::bigint[], ?::varchar[], ?::varchar[]) as k(unit_id, code, period)
                    where c.realization_id = r.id and r.unit_id = k.unit_id and r.year = ?
                        and r.indicator_code = k.code and r.period = k.period""",
                    ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("bigint", unitIds));
                        ps.setArray(2, ps.getConnection().createArrayOf("varchar", codes));
                        ps.setArray(3, ps.getConnection().createArrayOf("varchar", periods));
                        ps.setInt(4, plan.year());
                    });
            template.update("""
                    insert into realization (unit_id, year, indicator_code, period, value, note, source, status, entered_by,
                        updated_by, updated_at, reviewed_by, reviewed_at, approved_by, approved_at)
                    select k.unit_id, ?, k.code, k.period, k.value, k.note, ?, k.status, ?, ?, now(), k.reviewer,
                        case when k.reviewer is not null then now() end, k.approver,
                        case when k.approver is not null then now() end
                    from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::numeric[], ?::text[], ?::varchar[],
                        ?::varchar[], ?::varchar[]) as k(unit_id, code, period, value, note, status, reviewer, approver)
                    on conflict (unit_id, year, indicator_code, period) do update set value = excluded.value,
                        note = excluded.note, source = excluded.source, status = excluded.status,
                        entered_by = excluded.entered_by, entered_at = now(), updated_by = excluded.updated_by,
                        updated_at = now(), reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at,
                        approved_by = excluded.approved_by, approved_at = excluded.approved_at,
                        row_version = realization.row_version + 1""",
                    ps -> {
                        var c = ps.getConnection();
                        ps.setInt(1, plan.year());
                        ps.setString(2, SOURCE);
                        ps.setString(3, username);
                        ps.setString(4, username);
                        ps.setArray(5, c.createArrayOf("bigint", unitIds));
                        ps.setArray(6, c.createArrayOf("varchar", codes));
                        ps.setArray(7, c.createArrayOf("varchar", periods));
                        ps.setArray(8, c.createArrayOf("numeric", values));
                        ps.setArray(9, c.createArrayOf("text", notes));
                        ps.setArray(10, c.createArrayOf("varchar", statuses));
                        ps.setArray(11, c.createArrayOf("varchar", reviewers));
                        ps.setArray(12, c.createArrayOf("varchar", approvers));
                    });
            template.update("""
                    insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                    select ?, k.unit_id, 'realization', k.key, 'IMPORT', null, k.value, ?
                    from unnest(?::bigint[], ?::varchar[], ?::text[]) as k(unit_id, key, value)""",
                    ps -> {
                        ps.setString(1, username);
                        ps.setString(2, reason);
                        ps.setArray(3, ps.getConnection().createArrayOf("bigint", unitIds));
                        ps.setArray(4, ps.getConnection().createArrayOf("varchar", keys));
                        ps.setArray(5, ps.getConnection().createArrayOf("text", newValues));
                    });
        }
        for (Writes.HistoryWrite h : w.history) {
            history.save(id.apply(h.unitCode()), new IndicatorHistoryRepository.Entry(h.indicator(), h.year(),
                    h.realization(), h.index(), h.note()));
        }
        for (Writes.RevenueWrite r : w.revenue) {
            revenue.saveLine(id.apply(r.unitCode()), new RevenueRepository.Line(plan.year(), r.taxType(), r.target(),
                    r.realization()));
        }
        int m = w.revenueMonths.size();
        if (m > 0) {
            Long[] monthUnits = new Long[m];
            String[] types = new String[m];
            Integer[] monthNumbers = new Integer[m];
            java.math.BigDecimal[] amounts = new java.math.BigDecimal[m];
            for (int i = 0; i < m; i++) {
                Writes.RevenueMonthWrite x = w.revenueMonths.get(i);
                monthUnits[i] = id.apply(x.unitCode());
                types[i] = x.taxType();
                monthNumbers[i] = x.month();
                amounts[i] = x.realization();
            }
            template.update("""
                    insert into revenue_month (unit_id, year, tax_type_code, month, realization)
                    select k.unit_id, ?, k.type, k.month, k.amount
                    from unnest(?::bigint[], ?::varchar[], ?::int[], ?::numeric[]) as k(unit_id, type, month, amount)
                    on conflict (unit_id, year, tax_type_code, month) do update set realization = excluded.realization""",
                    ps -> {
                        var c = ps.getConnection();
                        ps.setInt(1, plan.year());
                        ps.setArray(2, c.createArrayOf("bigint", monthUnits));
                        ps.setArray(3, c.createArrayOf("varchar", types));
                        ps.setArray(4, c.createArrayOf("int4", monthNumbers));
                        ps.setArray(5, c.createArrayOf("numeric", amounts));
                    });
        }
        for (Writes.BudgetWrite b : w.budget) {
            budget.saveLine(id.apply(b.unitCode()), b.line(), b.sortOrder());
        }
        for (Writes.BudgetMonthWrite bm : w.budgetMonths) {
            if (!budget.saveMonth(id.apply(bm.unitCode()), new BudgetRepository.Month(plan.year(), bm.code(), bm.month(),
                    bm.realization()))) {
                throw new IllegalStateException("DIPA line missing after import: " + bm.code());
            }
        }
        for (Writes.AuditEntry a : w.audit) {
            audit.record(username, id.apply(a.unitCode()), "import", plan.year() + "/" + a.sheet(), "IMPORT",
                    a.oldLines(), a.newLines(), reason);
        }
    }

    private static String describe(NewUnit n) {
        return n.code() + " | " + n.name() + " | " + n.type() + " | induk " + n.parentCode() + " | kepala " + n.headName();
    }
}
