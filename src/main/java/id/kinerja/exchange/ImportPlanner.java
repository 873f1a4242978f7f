package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.budget.BudgetRepository;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ImportPlan.IndexFlag;
import id.kinerja.exchange.ImportPlan.RowChange;
import id.kinerja.exchange.ImportPlan.SheetPlan;
import id.kinerja.exchange.ParsedWorkbook.BudgetMonthRow;
import id.kinerja.exchange.ParsedWorkbook.BudgetRow;
import id.kinerja.exchange.ParsedWorkbook.HistoryRow;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueMonthRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueRow;
import id.kinerja.exchange.ParsedWorkbook.TargetRow;
import id.kinerja.exchange.ParsedWorkbook.UnitRow;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Period;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRepository;
import id.kinerja.realization.IndicatorHistoryRepository;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationRepository;
import id.kinerja.realization.RealizationService;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.realization.ReportedIndexRepository;
import id.kinerja.revenue.RevenueRepository;
import id.kinerja.revenue.TaxType;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.Target;
import id.kinerja.web.PeriodNames;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Validates parsed rows against the database and works out what would change. Reads only. Rules (README.md,
 * "Excel"):
 * <ul>
 *   <li>Every row is matched by its key (unit + IKU + period, unit + tax type + month, ...); a key twice in a sheet
 *       is an error naming both rows. Rows absent from the workbook are left as they are (nothing is deleted).</li>
 *   <li>A unit's data may be changed by its performance administrator (realizations enter as VERIFIED, awaiting the
 *       head's approval; APPROVED when that account is also the head) or by an administrator of it or a unit above
 *       it (APPROVED). A unit created by the same workbook may be filled by whoever may create it (the Kanwil's
 *       performance administrator onboarding an office): its realizations enter APPROVED, since the new office has
 *       no workflow yet. Only an administrator may change an already approved realization. The source of every
 *       imported realization is {@code IMPORT}; the audit trail records the account, file name and sha256.</li>
 *   <li>Unit rows: a new unit needs a performance administrator or administrator of its parent or a unit above;
 *       changing a unit needs an administrator of it or above, or a performance administrator of a unit above.</li>
 *   <li>Targets: a unit without an agreement for the year gets a DRAFT agreement under the framework of that year;
 *       a draft is changed in place; a SIGNED agreement is refused unless identical (revise it in the PK editor).
 *       A target row gives the IKU's whole state: an empty period cell means "no target for that period".</li>
 * </ul>
 */
@Service
class ImportPlanner {

    private final UnitRepository units;
    private final UnitAccess access;
    private final Agreements agreements;
    private final RealizationRepository realizations;
    private final ReportedIndexRepository reportedIndexes;
    private final IndicatorHistoryRepository history;
    private final RevenueRepository revenue;
    private final BudgetRepository budget;
    private final FrameworkCatalog frameworks;
    private final ScorecardService scorecards;

    ImportPlanner(
            UnitRepository units,
            UnitAccess access,
            Agreements agreements,
            RealizationRepository realizations,
            ReportedIndexRepository reportedIndexes,
            IndicatorHistoryRepository history,
            RevenueRepository revenue,
            BudgetRepository budget,
            FrameworkCatalog frameworks,
            ScorecardService scorecards) {
        this.reportedIndexes = reportedIndexes;
        this.units = units;
        this.access = access;
        this.agreements = agreements;
        this.realizations = realizations;
        this.history = history;
        this.revenue = revenue;
        this.budget = budget;
        this.frameworks = frameworks;
        this.scorecards = scorecards;
    }

    record Planned(ImportPlan plan, Writes writes) {}

    /** The plan, or {@link ImportRejectedException} with every problem. */
    Planned plan(ParsedWorkbook wb, String fileName, String sha256, ImportActor actor, ImportTexts texts) {
        return new Run(wb, actor, texts).plan(fileName, sha256);
    }

    /** The state of one planning run. */
    private final class Run {
        final ParsedWorkbook wb;
        final ImportActor actor;
        final ImportTexts texts;
        final int year;
        final List<ImportProblem> problems = new ArrayList<>();
        final Writes writes = new Writes();
        final List<ImportPlan.ImplausibleValue> implausible = new ArrayList<>();
        final List<SheetPlan> sheets = new ArrayList<>();
        final Map<String, Unit> existing = new HashMap<>();
        final Map<Long, Unit> byId = new HashMap<>();
        final Map<String, UnitRow> created = new LinkedHashMap<>();
        final Map<String, Rights> rights = new HashMap<>();
        /** Per unit: the agreement after the import (indicators by code) and its framework. */
        final Map<String, Map<String, PerformanceAgreement.Indicator>> plannedIndicators = new HashMap<>();

        final Map<String, Framework> plannedFramework = new HashMap<>();
        final Set<String> targetsChanged = new HashSet<>();
        final Set<String> refusedUnits = new HashSet<>();

        Run(ParsedWorkbook wb, ImportActor actor, ImportTexts texts) {
            this.wb = wb;
            this.actor = actor;
            this.texts = texts;
            this.year = wb.year();
        }

        Planned plan(String fileName, String sha256) {
            for (Unit u : units.findAll()) {
                existing.put(u.code(), u);
                byId.put(u.id(), u);
            }
            if (wb.unitCode() != null
                    && !existing.containsKey(wb.unitCode())
                    && wb.units().stream().noneMatch(u -> u.code().equals(wb.unitCode()))) {
                problems.add(
                        texts.problem(GUIDE, null, "B", GUIDE_UNIT, "import.error.unknownUnit", wb.unitCode(), UNITS));
            }
            unitSheet();
            prefetchAgreements();
            targetSheet();
            List<IndexFlag> flags = realizationSheet();
            historySheet();
            revenueSheets();
            budgetSheets();
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(
                        problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
            }
            List<String> notes = new ArrayList<>();
            Set<String> statuses = new java.util.TreeSet<>();
            writes.realizations.forEach(r -> statuses.add(r.status().name()));
            for (var w : writes.agreements) {
                if (w.agreementId() == null) {
                    notes.add(texts.get("import.note.draftAgreement", w.unitCode(), String.valueOf(year), TARGETS));
                }
            }
            return new Planned(
                    new ImportPlan(
                            fileName,
                            sha256,
                            wb.unitCode(),
                            year,
                            statuses.isEmpty() ? null : String.join(", ", statuses),
                            List.copyOf(sheets),
                            flags,
                            notes,
                            List.copyOf(implausible),
                            texts.locale().toLanguageTag()),
                    writes);
        }

        /** A problem in a row's cell: a message key of the bundles with its arguments. */
        void problem(String sheet, int row, int col, String key, Object... args) {
            List<String> headers = headers(sheet);
            problems.add(texts.problem(sheet, row, column(col), headers.get(col), key, args));
        }

        // ---------------------------------------------------------------- rights

        record Rights(boolean allowed, RealizationStatus status) {}

        /** The existing unit a unit code ends up under (itself when it exists), following new units' parents. */
        Unit anchor(String code) {
            Set<String> seen = new HashSet<>();
            String c = code;
            while (c != null && seen.add(c)) {
                Unit u = existing.get(c);
                if (u != null) {
                    return u;
                }
                UnitRow row = created.get(c);
                c = row == null ? null : row.parentCode();
            }
            return null;
        }

        boolean within(String code, long ancestorId) {
            Unit a = anchor(code);
            return a != null && access.isWithin(a.id(), ancestorId);
        }

        Rights rights(String unitCode) {
            return rights.computeIfAbsent(unitCode, code -> {
                if (actor.isSystem()) {
                    return new Rights(true, RealizationStatus.APPROVED);
                }
                var me = actor.user();
                boolean isNew = created.containsKey(code);
                if (me.has(Role.ADMINISTRATOR) && within(code, me.unitId())) {
                    return new Rights(true, RealizationStatus.APPROVED);
                }
                Unit u = existing.get(code);
                if (u != null && me.has(Role.PERFORMANCE_ADMIN) && u.id() == me.unitId()) {
                    return new Rights(
                            true, me.has(Role.HEAD) ? RealizationStatus.APPROVED : RealizationStatus.VERIFIED);
                }
                if (isNew && me.has(Role.PERFORMANCE_ADMIN) && within(code, me.unitId())) {
                    return new Rights(true, RealizationStatus.APPROVED);
                }
                return new Rights(false, null);
            });
        }

        /** Records a refusal once per unit and sheet. */
        boolean mayChange(String sheet, int row, String unitCode) {
            if (rights(unitCode).allowed()) {
                return true;
            }
            if (refusedUnits.add(sheet + "/" + unitCode)) {
                problem(sheet, row, 0, "import.error.notAllowed", actor.username(), unitCode);
            }
            return false;
        }

        boolean knownUnit(String sheet, int row, String code) {
            if (existing.containsKey(code) || created.containsKey(code)) {
                return true;
            }
            problem(sheet, row, 0, "import.error.unknownUnit", code, UNITS);
            return false;
        }

        /** False (and a problem) when the key was seen before; {@code what} names the key (a message key and args). */
        <K> boolean unique(Map<K, Integer> seen, K key, String sheet, int row, String whatKey, Object... whatArgs) {
            Integer first = seen.putIfAbsent(key, row);
            if (first != null) {
                problem(sheet, row, 0, "import.error.duplicate", texts.get(whatKey, whatArgs), String.valueOf(first));
                return false;
            }
            return true;
        }

        // ---------------------------------------------------------------- Unit

        void unitSheet() {
            Sheet sheet = new Sheet(UNITS);
            Map<String, Integer> seen = new HashMap<>();
            List<UnitRow> rows = new ArrayList<>();
            for (UnitRow r : wb.units()) {
                if (unique(seen, r.code(), UNITS, r.row(), "import.key.unit", r.code())) {
                    rows.add(r);
                    if (!existing.containsKey(r.code())) {
                        created.put(r.code(), r);
                    }
                }
            }
            for (UnitRow r : rows) {
                if (r.parentCode() != null && r.parentCode().equals(r.code())) {
                    problem(UNITS, r.row(), 3, "import.error.ownParent");
                    continue;
                }
                if (r.parentCode() != null
                        && !existing.containsKey(r.parentCode())
                        && !created.containsKey(r.parentCode())) {
                    problem(UNITS, r.row(), 3, "import.error.unknownParent", r.parentCode());
                    continue;
                }
                if (r.parentCode() != null && anchor(r.code()) == null) {
                    problem(UNITS, r.row(), 3, "import.error.parentCycle");
                    continue;
                }
                Unit old = existing.get(r.code());
                if (old == null && r.parentCode() == null) {
                    problem(UNITS, r.row(), 3, "import.error.parentRequired");
                    continue;
                }
                NewUnit values = new NewUnit(
                        r.code(),
                        r.name(),
                        r.type(),
                        r.parentCode(),
                        r.officialCode(),
                        r.headName(),
                        r.area(),
                        r.address(),
                        r.staffCount());
                List<FieldChange> fields = new ArrayList<>();
                String oldParent = old == null || old.parentId() == null
                        ? null
                        : byId.get(old.parentId()).code();
                diff(fields, "Nama Unit", old == null ? null : old.name(), r.name());
                diff(
                        fields,
                        "Jenis Unit",
                        old == null ? null : old.type().name(),
                        r.type().name());
                diff(fields, "Kode Induk", oldParent, r.parentCode());
                diff(fields, "Kode Resmi", old == null ? null : old.officialCode(), r.officialCode());
                diff(fields, "Nama Kepala", old == null ? null : old.headName(), r.headName());
                diff(fields, "Wilayah Kerja", old == null ? null : old.area(), r.area());
                diff(fields, "Alamat", old == null ? null : old.address(), r.address());
                diff(
                        fields,
                        "Jumlah Pegawai",
                        old == null || old.staffCount() == null
                                ? null
                                : old.staffCount().toString(),
                        r.staffCount() == null ? null : r.staffCount().toString());
                if (fields.isEmpty()) {
                    sheet.unchanged++;
                    continue;
                }
                if (old != null
                        && r.parentCode() != null
                        && existing.containsKey(r.parentCode())
                        && access.isWithin(existing.get(r.parentCode()).id(), old.id())) {
                    problem(UNITS, r.row(), 3, "import.error.moveUnderItself", r.code(), r.parentCode());
                    continue;
                }
                if (!mayManageUnit(r, old)) {
                    if (old == null) {
                        problem(UNITS, r.row(), 0, "import.error.notAllowedCreate", actor.username(), r.parentCode());
                    } else {
                        problem(UNITS, r.row(), 0, "import.error.notAllowedUnit", actor.username(), r.code());
                    }
                    continue;
                }
                if (old != null
                        && r.parentCode() != null
                        && !Objects.equals(oldParent, r.parentCode())
                        && created.containsKey(r.parentCode())) {
                    problem(UNITS, r.row(), 3, "import.error.moveToNew");
                    continue;
                }
                sheet.add(r.row(), old == null, r.code(), r.code(), fields);
                if (old == null) {
                    writes.newUnits.add(values);
                } else {
                    writes.unitUpdates.add(new Writes.UnitUpdate(r.code(), values));
                }
            }
            // Parents before children.
            List<NewUnit> ordered = new ArrayList<>();
            Set<String> placed = new HashSet<>(existing.keySet());
            List<NewUnit> pending = new ArrayList<>(writes.newUnits);
            while (!pending.isEmpty()) {
                boolean progress = false;
                for (var it = pending.iterator(); it.hasNext(); ) {
                    NewUnit n = it.next();
                    if (placed.contains(n.parentCode())) {
                        ordered.add(n);
                        placed.add(n.code());
                        it.remove();
                        progress = true;
                    }
                }
                if (!progress) {
                    break;
                }
            }
            writes.newUnits.clear();
            writes.newUnits.addAll(ordered);
            sheet.done(null);
        }

        boolean mayManageUnit(UnitRow r, Unit old) {
            if (actor.isSystem()) {
                return true;
            }
            var me = actor.user();
            if (!me.has(Role.ADMINISTRATOR) && !me.has(Role.PERFORMANCE_ADMIN)) {
                return false;
            }
            if (old == null) {
                return within(r.code(), me.unitId());
            }
            if (!access.isWithin(old.id(), me.unitId())) {
                return false;
            }
            // A move needs the right on the new parent as well as on the old place (issue 10 item 2).
            String oldParent =
                    old.parentId() == null ? null : byId.get(old.parentId()).code();
            if (r.parentCode() != null
                    && !Objects.equals(oldParent, r.parentCode())
                    && !within(r.parentCode(), me.unitId())) {
                return false;
            }
            return me.has(Role.ADMINISTRATOR) || old.id() != me.unitId();
        }

        // ---------------------------------------------------------------- Target

        Framework frameworkFor(String unitCode, PerformanceAgreement pk) {
            return plannedFramework.computeIfAbsent(unitCode, c -> {
                if (pk != null) {
                    return frameworks.framework(pk.frameworkVersionId());
                }
                FrameworkVersion v = frameworkVersionOfYear();
                return v == null ? null : frameworks.framework(v.id());
            });
        }

        FrameworkVersion frameworkVersionOfYear() {
            return frameworks.all().stream()
                    .filter(v -> v.year() == year)
                    .reduce((a, b) -> b)
                    .orElse(null);
        }

        final Map<String, PerformanceAgreement> agreementCache = new HashMap<>();

        PerformanceAgreement agreement(String unitCode) {
            Unit u = existing.get(unitCode);
            if (u == null) {
                return null;
            }
            if (agreementCache.containsKey(unitCode)) {
                return agreementCache.get(unitCode);
            }
            PerformanceAgreement pk = agreements.findCurrent(u.id(), year).orElse(null);
            agreementCache.put(unitCode, pk);
            return pk;
        }

        /**
         * The agreements in force of every unit named in the Target and Realisasi sheets, read at once
         * ({@link Agreements#findCurrentAll}: one {@code findCurrent} per unit took most of the time of a
         * 300-office workbook).
         */
        void prefetchAgreements() {
            Map<Long, String> codes = new HashMap<>();
            java.util.stream.Stream.concat(
                            wb.targets().stream().map(TargetRow::unitCode),
                            wb.realizations().stream().map(RealizationRow::unitCode))
                    .distinct()
                    .map(existing::get)
                    .filter(Objects::nonNull)
                    .forEach(u -> codes.put(u.id(), u.code()));
            if (codes.isEmpty()) {
                return;
            }
            codes.values().forEach(c -> agreementCache.put(c, null));
            agreements
                    .findCurrentAll(codes.keySet(), year)
                    .forEach((unitId, a) -> agreementCache.put(codes.get(unitId), a));
        }

        void targetSheet() {
            Sheet sheet = new Sheet(TARGETS);
            Map<List<String>, Integer> seen = new HashMap<>();
            Map<String, List<TargetRow>> byUnit = new LinkedHashMap<>();
            for (TargetRow r : wb.targets()) {
                if (knownUnit(TARGETS, r.row(), r.unitCode())
                        && unique(
                                seen,
                                List.of(r.unitCode(), r.iku()),
                                TARGETS,
                                r.row(),
                                "import.key.iku",
                                r.iku(),
                                r.unitCode())) {
                    byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).add(r);
                }
            }
            for (var e : byUnit.entrySet()) {
                String unitCode = e.getKey();
                PerformanceAgreement pk = agreement(unitCode);
                Framework fw = frameworkFor(unitCode, pk);
                if (fw == null) {
                    problem(
                            TARGETS,
                            e.getValue().getFirst().row(),
                            1,
                            "import.error.noFramework",
                            String.valueOf(year));
                    continue;
                }
                Map<String, PerformanceAgreement.Indicator> indicators = new LinkedHashMap<>();
                if (pk != null) {
                    pk.indicators().forEach(i -> indicators.put(i.code(), i));
                }
                boolean changed = false;
                StringBuilder oldLines = new StringBuilder();
                StringBuilder newLines = new StringBuilder();
                for (TargetRow r : e.getValue()) {
                    if (fw.indicator(r.iku()) == null) {
                        problem(TARGETS, r.row(), 1, "import.error.unknownIku", r.iku(), fw.id());
                        continue;
                    }
                    PerformanceAgreement.Indicator old = indicators.get(r.iku());
                    List<FieldChange> fields = new ArrayList<>();
                    diff(fields, "Bobot", old == null ? null : num(old.weight()), num(r.weight()));
                    Map<Period, Target> targets = new EnumMap<>(Period.class);
                    for (String p : PERIODS) {
                        Period period = Period.valueOf(p);
                        Target ot = old == null ? null : old.targets().get(period);
                        BigDecimal nv = r.targets().get(period);
                        diff(fields, "Target " + p, ot == null ? null : num(ot.value()), num(nv));
                        if (nv != null) {
                            targets.put(
                                    period, ot != null && ot.value().compareTo(nv) == 0 ? ot : new Target(nv, null));
                        }
                    }
                    if (fields.isEmpty()) {
                        sheet.unchanged++;
                        continue;
                    }
                    if (pk != null && pk.status() == AgreementStatus.SIGNED) {
                        problem(
                                TARGETS,
                                r.row(),
                                1,
                                "import.error.signed",
                                unitCode,
                                String.valueOf(year),
                                pk.version(),
                                "/units/" + unitCode + "/agreement?year=" + year);
                        continue;
                    }
                    if (!mayChange(TARGETS, r.row(), unitCode)) {
                        continue;
                    }
                    changed = true;
                    indicators.put(r.iku(), new PerformanceAgreement.Indicator(r.iku(), r.weight(), targets));
                    sheet.add(r.row(), old == null, unitCode, r.iku(), fields);
                    oldLines.append(r.iku())
                            .append(": ")
                            .append(old == null ? "-" : describe(old))
                            .append('\n');
                    newLines.append(r.iku())
                            .append(": ")
                            .append(describe(indicators.get(r.iku())))
                            .append('\n');
                }
                plannedIndicators.put(unitCode, indicators);
                if (changed) {
                    targetsChanged.add(unitCode);
                    long fwId = pk != null
                            ? pk.frameworkVersionId()
                            : frameworkVersionOfYear().id();
                    writes.agreements.add(new Writes.AgreementWrite(
                            unitCode, pk == null ? null : pk.id(), fwId, List.copyOf(indicators.values())));
                    writes.audit.add(
                            new Writes.AuditEntry(unitCode, TARGETS, oldLines.toString(), newLines.toString()));
                }
            }
            sheet.done(null);
        }

        String describe(PerformanceAgreement.Indicator i) {
            StringBuilder b = new StringBuilder("bobot ").append(num(i.weight()));
            for (String p : PERIODS) {
                Target t = i.targets().get(Period.valueOf(p));
                if (t != null) {
                    b.append(", ").append(p).append(' ').append(num(t.value()));
                }
            }
            return b.toString();
        }

        Map<String, PerformanceAgreement.Indicator> indicatorsAfter(String unitCode) {
            Map<String, PerformanceAgreement.Indicator> planned = plannedIndicators.get(unitCode);
            if (planned != null) {
                return planned;
            }
            PerformanceAgreement pk = agreement(unitCode);
            if (pk == null) {
                return null;
            }
            Map<String, PerformanceAgreement.Indicator> map = new LinkedHashMap<>();
            pk.indicators().forEach(i -> map.put(i.code(), i));
            plannedIndicators.put(unitCode, map);
            return map;
        }

        // ---------------------------------------------------------------- Realisasi

        List<IndexFlag> realizationSheet() {
            Sheet sheet = new Sheet(REALIZATIONS);
            Map<String, BigDecimal> inFile = new HashMap<>();
            wb.realizations().forEach(r -> {
                if (r.value() != null) {
                    inFile.put(r.unitCode() + "/" + r.iku() + "/" + r.period(), r.value());
                }
            });
            Map<List<Object>, Integer> seen = new HashMap<>();
            Map<String, Map<String, Realization>> current = new HashMap<>();
            Map<String, List<RealizationRow>> byUnit = new LinkedHashMap<>();
            for (RealizationRow r : wb.realizations()) {
                if (knownUnit(REALIZATIONS, r.row(), r.unitCode())
                        && unique(
                                seen,
                                List.of(r.unitCode(), r.iku(), r.period()),
                                REALIZATIONS,
                                r.row(),
                                "import.key.ikuPeriod",
                                r.iku(),
                                PeriodNames.of(r.period()),
                                r.unitCode())) {
                    byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).add(r);
                }
            }
            List<IndexFlag> flags = new ArrayList<>();
            Map<Long, Map<String, Realization>> stored = new HashMap<>();
            Long[] ids = byUnit.keySet().stream()
                    .map(existing::get)
                    .filter(Objects::nonNull)
                    .map(Unit::id)
                    .toArray(Long[]::new);
            // one query for every unit of the sheet (the benchmark has hundreds)
            realizations.findByUnitsAndYear(java.util.Arrays.asList(ids), year).forEach((unitId, list) -> {
                Map<String, Realization> byKey = stored.computeIfAbsent(unitId, k -> new HashMap<>());
                list.forEach(x -> byKey.put(x.indicatorCode() + "/" + x.period(), x));
            });
            Map<Long, Map<String, BigDecimal>> storedReported = new HashMap<>();
            reportedIndexes
                    .findByUnitsAndYear(java.util.Arrays.asList(ids), year)
                    .forEach((unitId, list) -> {
                        Map<String, BigDecimal> byKey = storedReported.computeIfAbsent(unitId, k -> new HashMap<>());
                        list.forEach(x -> byKey.put(x.indicatorCode() + "/" + x.period(), x.reported()));
                    });
            for (var e : byUnit.entrySet()) {
                String unitCode = e.getKey();
                Map<String, PerformanceAgreement.Indicator> indicators = indicatorsAfter(unitCode);
                if (indicators == null) {
                    problem(
                            REALIZATIONS,
                            e.getValue().getFirst().row(),
                            0,
                            "import.error.noAgreement",
                            unitCode,
                            String.valueOf(year),
                            TARGETS);
                    continue;
                }
                Framework fw = frameworkFor(unitCode, agreement(unitCode));
                Unit u = existing.get(unitCode);
                Map<String, Realization> now =
                        u == null ? new HashMap<>() : stored.getOrDefault(u.id(), new HashMap<>());
                Map<String, BigDecimal> reportedNow =
                        u == null ? Map.of() : storedReported.getOrDefault(u.id(), Map.of());
                current.put(unitCode, now);
                StringBuilder oldLines = new StringBuilder();
                StringBuilder newLines = new StringBuilder();
                for (RealizationRow r : e.getValue()) {
                    if (fw.indicator(r.iku()) == null) {
                        problem(REALIZATIONS, r.row(), 1, "import.error.unknownIku", r.iku(), fw.id());
                        continue;
                    }
                    if (!indicators.containsKey(r.iku())) {
                        problem(
                                REALIZATIONS,
                                r.row(),
                                1,
                                "import.error.ikuNotAgreed",
                                r.iku(),
                                unitCode,
                                String.valueOf(year));
                        continue;
                    }
                    Realization old = now.get(r.iku() + "/" + r.period());
                    List<FieldChange> fields = new ArrayList<>();
                    diff(fields, "Realisasi", old == null ? null : num(old.value()), num(r.value()));
                    diff(fields, "Catatan", old == null ? null : old.note(), r.note());
                    boolean realizationChanged = !fields.isEmpty();
                    // the reported index is kept apart from the realization: changing only it rewrites nothing else
                    BigDecimal oldReported = reportedNow.get(r.iku() + "/" + r.period());
                    boolean reportedChanged = oldReported == null
                            ? r.reportedIndex() != null
                            : r.reportedIndex() == null || oldReported.compareTo(r.reportedIndex()) != 0;
                    if (reportedChanged) {
                        diff(fields, "Indeks dilaporkan", num(oldReported), num(r.reportedIndex()));
                    }
                    if (fields.isEmpty()) {
                        sheet.unchanged++;
                        continue;
                    }
                    if (!mayChange(REALIZATIONS, r.row(), unitCode)) {
                        continue;
                    }
                    Rights rights = rights(unitCode);
                    if (!realizationChanged) {
                        sheet.add(r.row(), false, unitCode, r.iku() + " " + r.period(), fields);
                        writes.reportedIndexes.add(
                                new Writes.ReportedIndexWrite(unitCode, r.iku(), r.period(), r.reportedIndex()));
                        continue;
                    }
                    if (old != null
                            && old.status() == RealizationStatus.APPROVED
                            && rights.status() != RealizationStatus.APPROVED) {
                        problem(REALIZATIONS, r.row(), 4, "import.error.approved", r.iku(), PeriodNames.of(r.period()));
                        continue;
                    }
                    sheet.add(r.row(), old == null, unitCode, r.iku() + " " + r.period(), fields);
                    doubt(r, fw, now, inFile);
                    writes.realizations.add(new Writes.RealizationWrite(
                            unitCode, r.iku(), r.period(), r.value(), r.note(), rights.status()));
                    if (reportedChanged) {
                        writes.reportedIndexes.add(
                                new Writes.ReportedIndexWrite(unitCode, r.iku(), r.period(), r.reportedIndex()));
                    }
                    oldLines.append(r.iku())
                            .append(' ')
                            .append(r.period())
                            .append(": ")
                            .append(old == null ? "-" : num(old.value()))
                            .append('\n');
                    newLines.append(r.iku())
                            .append(' ')
                            .append(r.period())
                            .append(": ")
                            .append(num(r.value()))
                            .append(" (")
                            .append(rights.status())
                            .append(")\n");
                }
                if (!oldLines.isEmpty()) {
                    writes.audit.add(
                            new Writes.AuditEntry(unitCode, REALIZATIONS, oldLines.toString(), newLines.toString()));
                }
                if (problems.isEmpty()) {
                    flags.addAll(indexFlags(unitCode, fw, indicators, now, e.getValue()));
                }
            }
            sheet.done(null);
            return flags;
        }

        /**
         * Flags a realization the realization module's plausibility rule doubts (the same rule as the web form); the
         * previous period's value is the one in the file, else the stored one.
         */
        void doubt(RealizationRow r, Framework fw, Map<String, Realization> now, Map<String, BigDecimal> inFile) {
            Period before = r.period().previous();
            BigDecimal previous = null;
            if (before != null) {
                previous = inFile.get(r.unitCode() + "/" + r.iku() + "/" + before);
                Realization stored = now.get(r.iku() + "/" + before);
                if (previous == null && stored != null) {
                    previous = stored.value();
                }
            }
            List<MessageSourceResolvable> doubts =
                    RealizationService.plausibility(fw.indicator(r.iku()), r.period(), r.value(), previous);
            if (!doubts.isEmpty()) {
                String why = doubts.stream().map(texts::get).collect(Collectors.joining("; "));
                implausible.add(new ImportPlan.ImplausibleValue(
                        r.row(),
                        r.unitCode(),
                        r.iku(),
                        r.period().name(),
                        r.value(),
                        texts.get("exchange.implausible.row", r.iku(), PeriodNames.of(r.period()), why)));
            }
        }

        /** The engine's index with the imported realizations (as if approved), compared with the reported one. */
        List<IndexFlag> indexFlags(
                String unitCode,
                Framework fw,
                Map<String, PerformanceAgreement.Indicator> indicators,
                Map<String, Realization> now,
                List<RealizationRow> rows) {
            List<RealizationRow> reported =
                    rows.stream().filter(r -> r.reportedIndex() != null).toList();
            if (reported.isEmpty()) {
                return List.of();
            }
            List<IndicatorInput> inputs;
            if (existing.containsKey(unitCode) && agreement(unitCode) != null && !targetsChanged.contains(unitCode)) {
                inputs = scorecards.context(unitCode, year).inputs();
            } else {
                Map<String, Map<Period, BigDecimal>> values = new HashMap<>();
                for (Realization x : now.values()) {
                    if (x.status() == RealizationStatus.APPROVED && x.value() != null) {
                        values.computeIfAbsent(x.indicatorCode(), k -> new EnumMap<>(Period.class))
                                .put(x.period(), x.value());
                    }
                }
                inputs = indicators.values().stream()
                        .map(i -> new IndicatorInput(
                                i.code(), i.weight(), i.targets(), values.getOrDefault(i.code(), Map.of()), Map.of()))
                        .toList();
            }
            Map<String, IndicatorInput> byCode = new LinkedHashMap<>();
            inputs.forEach(i -> byCode.put(i.code(), i));
            for (RealizationRow r : rows) {
                IndicatorInput in = byCode.get(r.iku());
                if (in != null) {
                    byCode.put(r.iku(), in.withRealization(r.period(), r.value()));
                }
            }
            List<IndicatorInput> sandbox = List.copyOf(byCode.values());
            Map<Period, Scorecard> cards = new EnumMap<>(Period.class);
            List<IndexFlag> flags = new ArrayList<>();
            for (RealizationRow r : reported) {
                Scorecard card = cards.computeIfAbsent(
                        r.period(), p -> scorecards.engine().score(fw, sandbox, p));
                IndicatorScore score = card.indicator(r.iku());
                BigDecimal engine = score == null ? null : score.index();
                if (engine == null) {
                    String unscored = texts.get(
                            "import.flag.notScored", r.iku(), PeriodNames.of(r.period()), num(r.reportedIndex()));
                    flags.add(new IndexFlag(
                            r.row(),
                            unitCode,
                            r.iku(),
                            r.period().name(),
                            r.reportedIndex(),
                            null,
                            score != null && score.excluded() != null
                                    ? texts.get(
                                            "import.flag.why",
                                            unscored,
                                            texts.get(score.excluded().key()))
                                    : unscored));
                } else if (ReportedIndex.differs(r.reportedIndex(), engine)) {
                    flags.add(new IndexFlag(
                            r.row(),
                            unitCode,
                            r.iku(),
                            r.period().name(),
                            r.reportedIndex(),
                            engine,
                            texts.get(
                                    "import.flag.differs",
                                    r.iku(),
                                    PeriodNames.of(r.period()),
                                    num(r.reportedIndex()),
                                    num(engine.setScale(2, java.math.RoundingMode.HALF_UP)),
                                    num(ReportedIndex.TOLERANCE))));
                }
            }
            return flags;
        }

        // ---------------------------------------------------------------- Riwayat

        void historySheet() {
            Sheet sheet = new Sheet(HISTORY);
            Map<List<Object>, Integer> seen = new HashMap<>();
            Set<String> knownCodes = new HashSet<>();
            frameworks
                    .all()
                    .forEach(v -> frameworks.framework(v.id()).indicators().forEach(i -> knownCodes.add(i.code())));
            Map<String, Map<String, IndicatorHistoryRepository.Entry>> current = new HashMap<>();
            Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
            for (HistoryRow r : wb.history()) {
                if (!knownUnit(HISTORY, r.row(), r.unitCode())
                        || !unique(
                                seen,
                                List.of(r.unitCode(), r.iku(), r.year()),
                                HISTORY,
                                r.row(),
                                "import.key.ikuYear",
                                r.iku(),
                                String.valueOf(r.year()),
                                r.unitCode())) {
                    continue;
                }
                if (!knownCodes.contains(r.iku())) {
                    problem(HISTORY, r.row(), 1, "import.error.unknownIkuAnywhere", r.iku());
                    continue;
                }
                if (r.year() >= year) {
                    problem(
                            HISTORY,
                            r.row(),
                            2,
                            "import.error.historyYear",
                            String.valueOf(r.year()),
                            String.valueOf(year));
                    continue;
                }
                Map<String, IndicatorHistoryRepository.Entry> now = current.computeIfAbsent(r.unitCode(), c -> {
                    Map<String, IndicatorHistoryRepository.Entry> m = new HashMap<>();
                    Unit u = existing.get(c);
                    if (u != null) {
                        history.findByUnit(u.id()).forEach(x -> m.put(x.indicatorCode() + "/" + x.year(), x));
                    }
                    return m;
                });
                var old = now.get(r.iku() + "/" + r.year());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Realisasi", old == null ? null : num(old.realization()), num(r.realization()));
                diff(fields, "Indeks", old == null ? null : num(old.index()), num(r.index()));
                diff(fields, "Catatan", old == null ? null : old.note(), r.note());
                if (fields.isEmpty()) {
                    sheet.unchanged++;
                    continue;
                }
                if (!mayChange(HISTORY, r.row(), r.unitCode())) {
                    continue;
                }
                sheet.add(r.row(), old == null, r.unitCode(), r.iku() + " " + r.year(), fields);
                writes.history.add(
                        new Writes.HistoryWrite(r.unitCode(), r.iku(), r.year(), r.realization(), r.index(), r.note()));
                audit(
                        lines,
                        r.unitCode(),
                        r.iku() + " " + r.year(),
                        old == null ? "-" : num(old.realization()),
                        num(r.realization()));
            }
            flush(lines, HISTORY);
            sheet.done(null);
        }

        void audit(Map<String, StringBuilder[]> lines, String unitCode, String key, String oldValue, String newValue) {
            StringBuilder[] b = lines.computeIfAbsent(
                    unitCode, k -> new StringBuilder[] {new StringBuilder(), new StringBuilder()});
            b[0].append(key).append(": ").append(oldValue).append('\n');
            b[1].append(key).append(": ").append(newValue).append('\n');
        }

        void flush(Map<String, StringBuilder[]> lines, String sheet) {
            lines.forEach((unit, b) ->
                    writes.audit.add(new Writes.AuditEntry(unit, sheet, b[0].toString(), b[1].toString())));
        }

        // ---------------------------------------------------------------- Pendapatan

        void revenueSheets() {
            Set<String> taxTypes = new HashSet<>();
            revenue.taxTypes().stream().map(TaxType::code).forEach(taxTypes::add);
            Sheet lineSheet = new Sheet(REVENUE);
            Map<List<Object>, Integer> seen = new HashMap<>();
            Map<String, Map<String, RevenueRepository.Line>> currentLines = new HashMap<>();
            Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
            for (RevenueRow r : wb.revenue()) {
                if (!knownUnit(REVENUE, r.row(), r.unitCode())
                        || !unique(
                                seen,
                                List.of(r.unitCode(), r.taxType()),
                                REVENUE,
                                r.row(),
                                "import.key.taxType",
                                r.taxType(),
                                r.unitCode())) {
                    continue;
                }
                if (!taxTypes.contains(r.taxType())) {
                    problem(REVENUE, r.row(), 1, "import.error.unknownTaxType", r.taxType(), LISTS);
                    continue;
                }
                var now = currentLines.computeIfAbsent(
                        r.unitCode(),
                        c -> byKey(
                                existing.get(c) == null
                                        ? List.of()
                                        : revenue.findLines(existing.get(c).id()).stream()
                                                .filter(l -> l.year() == year)
                                                .toList(),
                                RevenueRepository.Line::taxTypeCode));
                var old = now.get(r.taxType());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Target", old == null ? null : num(old.target()), num(r.target()));
                diff(fields, "Realisasi Setahun", old == null ? null : num(old.realization()), num(r.realization()));
                if (fields.isEmpty()) {
                    lineSheet.unchanged++;
                    continue;
                }
                if (!mayChange(REVENUE, r.row(), r.unitCode())) {
                    continue;
                }
                lineSheet.add(r.row(), old == null, r.unitCode(), r.taxType(), fields);
                writes.revenue.add(new Writes.RevenueWrite(r.unitCode(), r.taxType(), r.target(), r.realization()));
                audit(
                        lines,
                        r.unitCode(),
                        r.taxType(),
                        old == null ? "-" : num(old.target()) + " / " + num(old.realization()),
                        num(r.target()) + " / " + num(r.realization()));
            }
            flush(lines, REVENUE);
            lineSheet.done(null);

            Sheet monthSheet = new Sheet(REVENUE_MONTHS);
            Map<List<Object>, Integer> seenMonths = new HashMap<>();
            Map<String, Map<String, BigDecimal>> currentMonths = new HashMap<>();
            Long[] monthUnits = wb.revenueMonths().stream()
                    .map(r -> existing.get(r.unitCode()))
                    .filter(Objects::nonNull)
                    .map(Unit::id)
                    .distinct()
                    .toArray(Long[]::new);
            Map<Long, Map<String, BigDecimal>> storedMonths = new HashMap<>();
            revenue.findMonths(java.util.Arrays.asList(monthUnits), year).forEach((unitId, list) -> {
                Map<String, BigDecimal> byKey = storedMonths.computeIfAbsent(unitId, k -> new HashMap<>());
                list.forEach(m -> byKey.put(m.taxTypeCode() + "/" + m.month(), m.realization()));
            });
            Map<String, StringBuilder[]> monthLines = new LinkedHashMap<>();
            for (RevenueMonthRow r : wb.revenueMonths()) {
                if (!knownUnit(REVENUE_MONTHS, r.row(), r.unitCode())
                        || !unique(
                                seenMonths,
                                List.of(r.unitCode(), r.taxType(), r.month()),
                                REVENUE_MONTHS,
                                r.row(),
                                "import.key.taxTypeMonth",
                                r.taxType(),
                                r.month(),
                                r.unitCode())) {
                    continue;
                }
                if (!taxTypes.contains(r.taxType())) {
                    problem(REVENUE_MONTHS, r.row(), 1, "import.error.unknownTaxType", r.taxType(), LISTS);
                    continue;
                }
                var now = currentMonths.computeIfAbsent(r.unitCode(), c -> {
                    Unit u = existing.get(c);
                    return u == null ? Map.of() : storedMonths.getOrDefault(u.id(), Map.of());
                });
                BigDecimal old = now.get(r.taxType() + "/" + r.month());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Realisasi", num(old), num(r.realization()));
                if (fields.isEmpty()) {
                    monthSheet.unchanged++;
                    continue;
                }
                if (!mayChange(REVENUE_MONTHS, r.row(), r.unitCode())) {
                    continue;
                }
                monthSheet.add(
                        r.row(),
                        old == null,
                        r.unitCode(),
                        texts.get("import.key.month", r.taxType(), r.month()),
                        fields);
                writes.revenueMonths.add(
                        new Writes.RevenueMonthWrite(r.unitCode(), r.taxType(), r.month(), r.realization()));
                audit(
                        monthLines,
                        r.unitCode(),
                        r.taxType() + "/" + r.month(),
                        old == null ? "-" : num(old),
                        num(r.realization()));
            }
            flush(monthLines, REVENUE_MONTHS);
            monthSheet.done(null);
        }

        // ---------------------------------------------------------------- Anggaran

        void budgetSheets() {
            Sheet lineSheet = new Sheet(BUDGET);
            Map<List<Object>, Integer> seen = new HashMap<>();
            Map<String, Map<String, BudgetRepository.Line>> current = new HashMap<>();
            Map<String, Set<String>> codesAfter = new HashMap<>();
            Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
            List<BudgetRow> rows = new ArrayList<>();
            for (BudgetRow r : wb.budget()) {
                if (knownUnit(BUDGET, r.row(), r.unitCode())
                        && unique(
                                seen,
                                List.of(r.unitCode(), r.code()),
                                BUDGET,
                                r.row(),
                                "import.key.budgetCode",
                                r.code(),
                                r.unitCode())) {
                    rows.add(r);
                    var now = currentBudget(current, r.unitCode());
                    codesAfter
                            .computeIfAbsent(r.unitCode(), c -> new HashSet<>(now.keySet()))
                            .add(r.code());
                }
            }
            Map<String, Integer> nextOrder = new HashMap<>();
            for (BudgetRow r : rows) {
                var now = currentBudget(current, r.unitCode());
                if (r.parentCode() != null && !codesAfter.get(r.unitCode()).contains(r.parentCode())) {
                    problem(BUDGET, r.row(), 2, "import.error.budgetParent", r.parentCode(), r.unitCode());
                    continue;
                }
                if (r.parentCode() != null && !r.code().startsWith(r.parentCode() + ".")) {
                    problem(BUDGET, r.row(), 2, "import.error.budgetPath", r.code(), r.parentCode());
                    continue;
                }
                var old = now.get(r.code());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Kode Induk", old == null ? null : old.parentCode(), r.parentCode());
                diff(
                        fields,
                        "Tingkat",
                        old == null ? null : old.level().name(),
                        r.level().name());
                diff(fields, "Uraian", old == null ? null : old.name(), r.name());
                diff(
                        fields,
                        "Jenis Belanja",
                        old == null || old.kind() == null ? null : old.kind().toString(),
                        r.kind() == null ? null : r.kind().toString());
                diff(fields, "Pagu", old == null ? null : num(old.ceiling()), num(r.ceiling()));
                diff(fields, "Realisasi", old == null ? null : num(old.realization()), num(r.realization()));
                if (fields.isEmpty()) {
                    lineSheet.unchanged++;
                    continue;
                }
                if (!mayChange(BUDGET, r.row(), r.unitCode())) {
                    continue;
                }
                int order = old != null
                        ? sortOrder(r.unitCode(), r.code())
                        : nextOrder.merge(r.unitCode(), maxOrder(r.unitCode()) + 1, (a, b) -> a + 1);
                lineSheet.add(r.row(), old == null, r.unitCode(), r.code(), fields);
                writes.budget.add(new Writes.BudgetWrite(
                        r.unitCode(),
                        new BudgetRepository.Line(
                                year,
                                r.code(),
                                r.parentCode(),
                                r.level(),
                                r.name(),
                                r.kind(),
                                r.ceiling(),
                                r.realization()),
                        order));
                audit(
                        lines,
                        r.unitCode(),
                        r.code(),
                        old == null ? "-" : "pagu " + num(old.ceiling()) + ", realisasi " + num(old.realization()),
                        "pagu " + num(r.ceiling()) + ", realisasi " + num(r.realization()));
            }
            flush(lines, BUDGET);
            lineSheet.done(null);

            Sheet monthSheet = new Sheet(BUDGET_MONTHS);
            Map<List<Object>, Integer> seenMonths = new HashMap<>();
            Map<String, Map<String, BigDecimal>> months = new HashMap<>();
            Map<String, StringBuilder[]> monthLines = new LinkedHashMap<>();
            for (BudgetMonthRow r : wb.budgetMonths()) {
                if (!knownUnit(BUDGET_MONTHS, r.row(), r.unitCode())
                        || !unique(
                                seenMonths,
                                List.of(r.unitCode(), r.code(), r.month()),
                                BUDGET_MONTHS,
                                r.row(),
                                "import.key.budgetCodeMonth",
                                r.code(),
                                r.month(),
                                r.unitCode())) {
                    continue;
                }
                Set<String> codes = codesAfter.computeIfAbsent(
                        r.unitCode(),
                        c -> new HashSet<>(currentBudget(current, c).keySet()));
                if (!codes.contains(r.code())) {
                    problem(BUDGET_MONTHS, r.row(), 1, "import.error.budgetCode", r.code(), r.unitCode(), BUDGET);
                    continue;
                }
                var now = months.computeIfAbsent(r.unitCode(), c -> {
                    Map<String, BigDecimal> m = new HashMap<>();
                    Unit u = existing.get(c);
                    if (u != null) {
                        budget.findMonths(u.id(), year)
                                .forEach(x -> m.put(x.code() + "/" + x.month(), x.realization()));
                    }
                    return m;
                });
                BigDecimal old = now.get(r.code() + "/" + r.month());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Realisasi", num(old), num(r.realization()));
                if (fields.isEmpty()) {
                    monthSheet.unchanged++;
                    continue;
                }
                if (!mayChange(BUDGET_MONTHS, r.row(), r.unitCode())) {
                    continue;
                }
                monthSheet.add(
                        r.row(), old == null, r.unitCode(), texts.get("import.key.month", r.code(), r.month()), fields);
                writes.budgetMonths.add(
                        new Writes.BudgetMonthWrite(r.unitCode(), r.code(), r.month(), r.realization()));
                audit(
                        monthLines,
                        r.unitCode(),
                        r.code() + "/" + r.month(),
                        old == null ? "-" : num(old),
                        num(r.realization()));
            }
            flush(monthLines, BUDGET_MONTHS);
            monthSheet.done(null);
        }

        final Map<String, Map<String, Integer>> orders = new HashMap<>();

        Map<String, BudgetRepository.Line> currentBudget(
                Map<String, Map<String, BudgetRepository.Line>> cache, String unitCode) {
            return cache.computeIfAbsent(unitCode, c -> {
                Unit u = existing.get(c);
                List<BudgetRepository.Line> list = u == null ? List.of() : budget.findLines(u.id(), year);
                Map<String, Integer> order = new HashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    order.put(list.get(i).code(), i);
                }
                orders.put(c, order);
                return byKey(list, BudgetRepository.Line::code);
            });
        }

        int sortOrder(String unitCode, String code) {
            return orders.getOrDefault(unitCode, Map.of()).getOrDefault(code, 0);
        }

        int maxOrder(String unitCode) {
            return orders.getOrDefault(unitCode, Map.of()).values().stream()
                    .mapToInt(i -> i)
                    .max()
                    .orElse(-1);
        }

        /** Collects one sheet's counts and changed rows. */
        final class Sheet {
            final String name;
            int added;
            int changed;
            int unchanged;
            final List<RowChange> rows = new ArrayList<>();

            Sheet(String name) {
                this.name = name;
            }

            void add(int row, boolean isNew, String unitCode, String key, List<FieldChange> fields) {
                if (isNew) {
                    added++;
                } else {
                    changed++;
                }
                rows.add(new RowChange(row, isNew ? "BARU" : "BERUBAH", unitCode, key, List.copyOf(fields)));
            }

            void done(Object ignored) {
                sheets.add(new SheetPlan(name, added, changed, unchanged, List.copyOf(rows)));
            }
        }
    }

    static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        list.forEach(x -> map.put(key.apply(x), x));
        return map;
    }

    /** Adds a field change when old and new differ (texts trimmed, empty = nothing). */
    static void diff(List<FieldChange> fields, String field, String oldValue, String newValue) {
        String o = blank(oldValue);
        String n = blank(newValue);
        if (!Objects.equals(o, n)) {
            fields.add(new FieldChange(field, o == null ? "" : o, n == null ? "" : n));
        }
    }

    private static String blank(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
        DecimalFormat f =
                new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.of("id", "ID")));
        f.setParseBigDecimal(true);
        return f;
    });

    /** A number as Indonesians read it (1.234,5), exact; equal numbers give equal text (2.50 = 2.5). */
    static String num(BigDecimal v) {
        return v == null ? null : NUMBER.get().format(v.stripTrailingZeros());
    }
}
