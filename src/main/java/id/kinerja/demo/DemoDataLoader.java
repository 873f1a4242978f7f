package id.kinerja.demo;

import id.kinerja.agreement.AgreementImports;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.budget.BudgetKindTotal;
import id.kinerja.budget.BudgetLevel;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.calendar.Slot;
import id.kinerja.demo.internal.InstallationRepository;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Period;
import id.kinerja.narrative.NarrativeHtml;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeSections;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.Placeholders;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationImports;
import id.kinerja.realization.RealizationService;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.recognition.Award;
import id.kinerja.recognition.Innovation;
import id.kinerja.recognition.Recognitions;
import id.kinerja.revenue.ActivityRevenue;
import id.kinerja.revenue.RevenueActivity;
import id.kinerja.revenue.RevenueFigures;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.TaxType;
import id.kinerja.scoring.Target;
import id.kinerja.web.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads a demo data file (units, agreements, realizations, history, revenue, budget, awards,
 * innovations) into the database in one transaction: a malformed file loads nothing and the error
 * names the file and the place.
 */
@Service
public class DemoDataLoader {

    static final String KUPANG_2024 = "demo/kupang-2024.yaml";
    /** The installation key that records the loaded demo data set. */
    private static final String DEMO_DATA = "demo-data";

    private final Units units;
    private final FrameworkCatalog frameworks;
    private final AgreementImports agreements;
    private final RealizationService realizations;
    private final RealizationImports history;
    private final RevenueService revenue;
    private final BudgetService budget;
    private final Recognitions recognition;
    private final NarrativeService narratives;
    private final InstallationRepository installation;
    private final Deadlines deadlines;

    DemoDataLoader(
            Units units,
            FrameworkCatalog frameworks,
            AgreementImports agreements,
            RealizationService realizations,
            RealizationImports history,
            RevenueService revenue,
            BudgetService budget,
            Recognitions recognition,
            NarrativeService narratives,
            InstallationRepository installation,
            Deadlines deadlines) {
        this.units = units;
        this.frameworks = frameworks;
        this.agreements = agreements;
        this.realizations = realizations;
        this.history = history;
        this.revenue = revenue;
        this.budget = budget;
        this.recognition = recognition;
        this.narratives = narratives;
        this.installation = installation;
        this.deadlines = deadlines;
    }

    /** Whether a demo data set was loaded into this database already. */
    public boolean isLoaded() {
        return installation.has(DEMO_DATA);
    }

    /** Loads the Kupang 2024 demo data set unless it is there already; true when it loaded it now. */
    @Transactional
    public boolean loadKupangIfAbsent() {
        // serialise concurrent first starts (server and command line on one database)
        installation.lockForDemo();
        if (isLoaded()) {
            return false;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KUPANG_2024)) {
            if (in == null) {
                throw new DemoDataException(KUPANG_2024 + ": not found on the classpath");
            }
            load(KUPANG_2024, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        installation.record(DEMO_DATA, KUPANG_2024);
        return true;
    }

    /** Loads one data file; the caller's transaction makes it all-or-nothing. */
    @Transactional
    public void load(String fileName, InputStream in) {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        YamlNode root = YamlNode.root(fileName, parsed)
                .allowOnly(
                        "units",
                        "agreements",
                        "realizations",
                        "indicatorHistory",
                        "taxTypes",
                        "revenue",
                        "revenueTotals",
                        "revenueActivities",
                        "budgetLines",
                        "budgetByKind",
                        "awards",
                        "innovations",
                        "narratives",
                        "planningReferences",
                        "deadlines");
        for (YamlNode u : root.list("units")) {
            loadUnit(u);
        }
        for (YamlNode a : root.list("agreements")) {
            loadAgreement(a);
        }
        for (YamlNode r : root.list("realizations")) {
            loadRealizations(r);
        }
        for (YamlNode h : root.list("indicatorHistory")) {
            h.allowOnly("unit", "code", "values");
            long unitId = unit(h, "unit").id();
            for (var e : h.decimals("values").entrySet()) {
                history.saveHistory(
                        unitId,
                        new IndicatorHistoryEntry(
                                h.string("code"), Integer.parseInt(e.getKey()), e.getValue(), null, null));
            }
        }
        for (YamlNode r : root.list("planningReferences")) {
            r.allowOnly("unit", "year", "code", "renstra", "rpjmn", "nationalStandard", "source");
            agreements.savePlanningReference(
                    unit(r, "unit").id(),
                    r.integer("year"),
                    new PlanningReference(
                            r.string("code"),
                            r.optDecimal("renstra"),
                            r.optDecimal("rpjmn"),
                            r.optDecimal("nationalStandard"),
                            r.optString("source")));
        }
        int order = 0;
        for (YamlNode t : root.list("taxTypes")) {
            t.allowOnly("code", "name", "group");
            revenue.saveTaxType(new TaxType(t.string("code"), t.string("name"), t.optString("group"), order++));
        }
        for (YamlNode r : root.list("revenue")) {
            r.allowOnly("unit", "year", "taxType", "target", "realization");
            revenue.saveLine(
                    unit(r, "unit").id(),
                    new RevenueLine(
                            r.integer("year"),
                            r.string("taxType"),
                            r.optDecimal("target"),
                            r.optDecimal("realization")));
        }
        // the same rules as the revenue figures an office enters (net = gross - refunds when both are given)
        for (YamlNode r : root.list("revenueTotals")) {
            r.allowOnly("unit", "year", "target", "gross", "refunds", "realization");
            revenue.saveTotal(
                    unit(r, "unit").id(),
                    RevenueFigures.checkNet(
                            r.integer("year"),
                            new RevenueFigures.NetInput(
                                    r.optDecimal("target"),
                                    r.optDecimal("gross"),
                                    r.optDecimal("refunds"),
                                    r.optDecimal("realization"))));
        }
        for (YamlNode r : root.list("revenueActivities")) {
            r.allowOnly("unit", "year", "activity", "quarter", "target", "realization");
            int year = r.integer("year");
            RevenueActivity activity = RevenueActivity.valueOf(r.string("activity"));
            for (ActivityRevenue f : RevenueFigures.checkActivity(
                    year,
                    activity,
                    Map.of(
                            Period.valueOf(r.string("quarter")),
                            new RevenueFigures.ActivityInput(r.optDecimal("target"), r.optDecimal("realization"))))) {
                revenue.saveActivity(unit(r, "unit").id(), f);
            }
        }
        loadBudget(root.list("budgetLines"));
        for (YamlNode k : root.list("budgetByKind")) {
            k.allowOnly("unit", "year", "kind", "name", "ceiling", "realization");
            budget.saveKind(
                    unit(k, "unit").id(),
                    new BudgetKindTotal(
                            k.integer("year"),
                            k.integer("kind"),
                            k.string("name"),
                            k.decimal("ceiling"),
                            k.decimal("realization")));
        }
        order = 0;
        for (YamlNode a : root.list("awards")) {
            a.allowOnly("unit", "year", "title", "giver", "date", "description");
            recognition.addAward(
                    unit(a, "unit").id(),
                    new Award(
                            a.integer("year"),
                            a.string("title"),
                            a.optString("giver"),
                            a.optDate("date"),
                            a.optString("description")),
                    order++);
        }
        order = 0;
        for (YamlNode n : root.list("innovations")) {
            n.allowOnly("unit", "year", "name", "longName", "description", "goals");
            recognition.addInnovation(
                    unit(n, "unit").id(),
                    new Innovation(
                            n.integer("year"),
                            n.string("name"),
                            n.optString("longName"),
                            n.optString("description"),
                            n.strings("goals")),
                    order++);
        }
        for (YamlNode n : root.list("narratives")) {
            loadNarratives(n);
        }
        loadDeadlines(root.list("deadlines"));
    }

    /** The year's calendar: each unit's dates of a year written at once through {@link Deadlines#record}. */
    private void loadDeadlines(List<YamlNode> list) {
        Map<String, Map<Slot, LocalDate>> byUnitYear = new LinkedHashMap<>();
        Map<String, YamlNode> first = new LinkedHashMap<>();
        for (YamlNode d : list) {
            d.allowOnly("unit", "year", "kind", "period", "due");
            DeadlineKind kind;
            try {
                kind = DeadlineKind.valueOf(d.string("kind"));
            } catch (IllegalArgumentException e) {
                throw d.error(
                        "kind", "unknown kind '" + d.string("kind") + "' (" + List.of(DeadlineKind.values()) + ")");
            }
            Slot slot = new Slot(kind, period(d, "period", d.string("period")));
            if (!Slot.all().contains(slot)) {
                throw d.error("period", "no deadline " + kind + " for period " + slot.period() + " (Q1..Q4 or Y)");
            }
            LocalDate due = d.optDate("due");
            if (due == null) {
                throw d.error("due", "a date (YYYY-MM-DD) is required");
            }
            String key = d.string("unit") + "/" + d.integer("year");
            first.putIfAbsent(key, d);
            byUnitYear.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(slot, due);
        }
        for (Map.Entry<String, Map<Slot, LocalDate>> e : byUnitYear.entrySet()) {
            YamlNode d = first.get(e.getKey());
            try {
                deadlines.record("demo", unit(d, "unit"), d.integer("year"), e.getValue());
            } catch (UserError refused) {
                throw d.error("due", "refused by the calendar: " + refused.code() + " " + List.of(refused.args()));
            }
        }
    }

    /**
     * The LAKIN prose of a unit's year: every section key must be one of the year's sections (an IKU block only for
     * an IKU of the unit's agreement), every placeholder must be known. Stored sanitised, as the editor stores it.
     * Loaded last, so that placeholders resolve against the data loaded above.
     */
    private void loadNarratives(YamlNode n) {
        n.allowOnly("unit", "year", "author", "sections");
        Unit unit = unit(n, "unit");
        int year = n.integer("year");
        String author = n.string("author");
        java.util.Set<String> keys = new java.util.HashSet<>();
        narratives.sections(unit.id(), year).forEach(s -> keys.add(s.key()));
        // the year's figures once for every section (not a scoring context per section)
        Placeholders.Values values = narratives.values(unit.id(), year);
        for (YamlNode s : n.list("sections")) {
            s.allowOnly("section", "content");
            String key = s.string("section");
            NarrativeSection section = NarrativeSections.find(key)
                    .orElseThrow(() -> s.error(
                            "section",
                            "unknown narrative section '" + key
                                    + "' (e.g. kata-pengantar, bab3.realisasi-anggaran, iku.01a-CP.analisis)"));
            if (!keys.contains(key)) {
                throw s.error(
                        "section",
                        "IKU " + section.indicatorCode() + " is not in the " + year + " agreement of " + unit.code());
            }
            if (narratives.latest(unit.id(), year, key).isPresent()) {
                throw s.error("section", "section '" + key + "' given twice");
            }
            String content = NarrativeHtml.sanitise(s.string("content"));
            List<String> unknown = Placeholders.render(content, values).unknown();
            if (!unknown.isEmpty()) {
                throw s.error("content", "unknown placeholder(s): " + String.join(", ", unknown));
            }
            narratives.append(unit.id(), year, key, content, author);
        }
    }

    private void loadUnit(YamlNode u) {
        u.allowOnly("code", "name", "type", "parent", "officialCode", "head", "area", "address", "staffCount");
        UnitType type;
        try {
            type = UnitType.valueOf(u.string("type"));
        } catch (IllegalArgumentException e) {
            throw u.error("type", "unknown unit type '" + u.string("type") + "' (HQ, KANWIL, KPP, KP2KP, SECTION)");
        }
        if (u.has("parent") && units.findByCode(u.string("parent")).isEmpty()) {
            throw u.error("parent", "unknown unit '" + u.string("parent") + "' (parents must come before children)");
        }
        units.create(new NewUnit(
                u.string("code"),
                u.string("name"),
                type,
                u.optString("parent"),
                u.optString("officialCode"),
                u.optString("head"),
                u.optString("area"),
                u.optString("address"),
                u.optInteger("staffCount")));
    }

    private void loadAgreement(YamlNode a) {
        a.allowOnly(
                "unit",
                "year",
                "framework",
                "number",
                "date",
                "place",
                "status",
                "version",
                "firstParty",
                "secondParty",
                "indicators",
                "budget");
        Unit unit = unit(a, "unit");
        FrameworkVersion version = frameworks
                .latest(a.string("framework"))
                .orElseThrow(() -> a.error("framework", "unknown framework '" + a.string("framework") + "'"));
        Framework framework = frameworks.framework(version.id());
        List<PerformanceAgreement.Indicator> indicators = new ArrayList<>();
        for (YamlNode i : a.list("indicators")) {
            i.allowOnly("code", "weight", "targets");
            String code = i.string("code");
            if (framework.indicator(code) == null) {
                throw i.error("code", "IKU '" + code + "' is not in framework " + framework.id());
            }
            Map<Period, Target> targets = new EnumMap<>(Period.class);
            for (var t : i.decimals("targets").entrySet()) {
                targets.put(period(i, "targets", t.getKey()), Target.of(t.getValue()));
            }
            indicators.add(new PerformanceAgreement.Indicator(code, i.decimal("weight"), targets));
        }
        List<PerformanceAgreement.BudgetItem> items = new ArrayList<>();
        for (YamlNode b : a.list("budget")) {
            b.allowOnly("code", "name", "amount");
            items.add(new PerformanceAgreement.BudgetItem(b.string("code"), b.string("name"), b.decimal("amount")));
        }
        AgreementStatus status;
        try {
            status = AgreementStatus.valueOf(a.string("status"));
        } catch (IllegalArgumentException e) {
            throw a.error("status", "unknown status (DRAFT, SIGNED, SUPERSEDED)");
        }
        YamlNode first = a.child("firstParty").allowOnly("name", "position");
        YamlNode second = a.child("secondParty").allowOnly("name", "position");
        agreements.load(
                unit.id(),
                a.integer("year"),
                version.id(),
                a.has("version") ? a.integer("version") : 1,
                a.optString("number"),
                a.optDate("date"),
                a.optString("place"),
                status,
                new PerformanceAgreement.Party(first.string("name"), first.string("position")),
                new PerformanceAgreement.Party(second.string("name"), second.string("position")),
                indicators,
                items,
                "demo");
    }

    private void loadRealizations(YamlNode r) {
        r.allowOnly("unit", "year", "source", "indicators");
        Unit unit = unit(r, "unit");
        int year = r.integer("year");
        for (YamlNode i : r.list("indicators")) {
            i.allowOnly("code", "values", "note");
            for (var v : i.decimals("values").entrySet()) {
                realizations.seed(
                        unit.id(),
                        year,
                        new Realization(
                                i.string("code"),
                                period(i, "values", v.getKey()),
                                v.getValue(),
                                Map.of(),
                                i.optString("note"),
                                r.optString("source"),
                                RealizationStatus.APPROVED,
                                "demo",
                                null));
            }
        }
    }

    private void loadBudget(List<YamlNode> lines) {
        Map<Long, List<BudgetLine>> byUnit = new java.util.LinkedHashMap<>();
        for (YamlNode b : lines) {
            b.allowOnly("unit", "year", "code", "name", "level", "kind", "ceiling", "realization");
            BudgetLevel level;
            try {
                level = BudgetLevel.valueOf(b.string("level"));
            } catch (IllegalArgumentException e) {
                throw b.error("level", "unknown level (PROGRAM, ACTIVITY, OUTPUT, COMPONENT)");
            }
            BigDecimal ceiling = b.decimal("ceiling");
            if (ceiling.signum() < 0) {
                throw b.error("ceiling", "a ceiling cannot be negative");
            }
            byUnit.computeIfAbsent(unit(b, "unit").id(), k -> new ArrayList<>())
                    .add(new BudgetLine(
                            b.integer("year"),
                            b.string("code"),
                            null,
                            level,
                            b.string("name"),
                            b.optInteger("kind"),
                            ceiling,
                            b.has("realization") ? b.decimal("realization") : BigDecimal.ZERO));
        }
        byUnit.forEach((unitId, unitLines) -> {
            int order = 0;
            for (BudgetLine line : BudgetLine.withParents(unitLines)) {
                budget.saveLine(unitId, line, order++);
            }
        });
    }

    private Unit unit(YamlNode node, String key) {
        return units.findByCode(node.string(key))
                .orElseThrow(() -> node.error(key, "unknown unit '" + node.string(key) + "'"));
    }

    private static Period period(YamlNode node, String key, String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw node.error(key, "unknown period '" + value + "' (Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
        }
    }
}
