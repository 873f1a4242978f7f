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

import java.util.ArrayList;
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
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> components = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (Writes.RealizationWrite r : w.realizations) {
            long unitId = id.apply(r.unitCode());
            boolean approved = r.status() == RealizationStatus.APPROVED;
            boolean reviewed = approved || r.status() == RealizationStatus.VERIFIED;
            rows.add(new Object[]{unitId, plan.year(), r.indicator(), r.period().name(), r.value(), r.note(), SOURCE,
                    r.status().name(), username, username, reviewed ? username : null, reviewed,
                    approved ? username : null, approved});
            components.add(new Object[]{unitId, plan.year(), r.indicator(), r.period().name()});
            events.add(new Object[]{username, unitId, "realization",
                    RealizationService.key(plan.year(), r.indicator(), r.period()), "IMPORT", null,
                    r.value().toPlainString() + " (" + r.status() + ")", reason});
        }
        template.batchUpdate("""
                delete from realization_component where realization_id in (select id from realization
                where unit_id = ? and year = ? and indicator_code = ? and period = ?)""", components);
        template.batchUpdate("""
                insert into realization (unit_id, year, indicator_code, period, value, note, source, status, entered_by,
                    updated_by, updated_at, reviewed_by, reviewed_at, approved_by, approved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, case when ? then now() end, ?, case when ? then now() end)
                on conflict (unit_id, year, indicator_code, period) do update set value = excluded.value,
                    note = excluded.note, source = excluded.source, status = excluded.status,
                    entered_by = excluded.entered_by, entered_at = now(), updated_by = excluded.updated_by,
                    updated_at = now(), reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at,
                    approved_by = excluded.approved_by, approved_at = excluded.approved_at,
                    row_version = realization.row_version + 1""", rows);
        template.batchUpdate("""
                insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", events);
        for (Writes.HistoryWrite h : w.history) {
            history.save(id.apply(h.unitCode()), new IndicatorHistoryRepository.Entry(h.indicator(), h.year(),
                    h.realization(), h.index(), h.note()));
        }
        for (Writes.RevenueWrite r : w.revenue) {
            revenue.saveLine(id.apply(r.unitCode()), new RevenueRepository.Line(plan.year(), r.taxType(), r.target(),
                    r.realization()));
        }
        List<Object[]> months = new ArrayList<>();
        for (Writes.RevenueMonthWrite m : w.revenueMonths) {
            months.add(new Object[]{id.apply(m.unitCode()), plan.year(), m.taxType(), m.month(), m.realization()});
        }
        template.batchUpdate("""
                insert into revenue_month (unit_id, year, tax_type_code, month, realization) values (?, ?, ?, ?, ?)
                on conflict (unit_id, year, tax_type_code, month) do update set realization = excluded.realization""",
                months);
        for (Writes.BudgetWrite b : w.budget) {
            budget.saveLine(id.apply(b.unitCode()), b.line(), b.sortOrder());
        }
        for (Writes.BudgetMonthWrite m : w.budgetMonths) {
            if (!budget.saveMonth(id.apply(m.unitCode()), new BudgetRepository.Month(plan.year(), m.code(), m.month(),
                    m.realization()))) {
                throw new IllegalStateException("DIPA line missing after import: " + m.code());
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
