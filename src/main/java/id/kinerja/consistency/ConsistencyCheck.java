package id.kinerja.consistency;

import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.budget.BudgetKindTotal;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.framework.Consolidation;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeSections;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeVersion;
import id.kinerja.narrative.PlaceholderWording;
import id.kinerja.narrative.Placeholders;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueTotal;
import id.kinerja.revenue.TaxType;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consistency check before a LAKIN is exported, so that no document contradicts itself: what in a unit's year does not agree, with
 * where and how to fix it. The documents still render; while errors are neither fixed nor accepted
 * ({@link CheckAcceptanceService}) the LAKIN and the NKO report are marked as drafts. Checks, in order:
 * <ol>
 *   <li><b>narrative</b>: a fixed section not written, or an IKU of the agreement none of whose seven blocks is
 *       written (warning; the missing blocks are named). An IKU with some blocks written is fine: the report prints
 *       the blocks there are, as the office's own reports do.</li>
 *   <li><b>placeholder-kind</b>: a placeholder whose sentence names another figure than it prints ("realisasi
 *       sebesar {{iku.09c-N.indeks.Y}}"), as the narrative module's {@code PlaceholderWording} reads it (warning).</li>
 *   <li><b>placeholder</b>: a written section with an unknown or malformed placeholder (error) or one without a
 *       value yet (warning).</li>
 *   <li><b>agreement</b>: targets are stored only in the agreement ({@code agreement_target}; realizations carry
 *       none), and the agreement in force is the latest signed version. So: no signed version (warning: the
 *       document prints a draft's targets), or a draft revision whose targets differ from the signed ones (warning
 *       per IKU, naming the periods: the document prints the signed targets until the revision is signed).</li>
 *   <li><b>signing</b>: the PK without its place, date or a party's name; the LAKIN and NKO report without a
 *       signing place (the PK's, else the office's area) or the head's name (error, naming what is missing).</li>
 *   <li><b>take-last</b>: an IKU whose aggregates are its last quarter (Consolidation TAKE_LAST) with an approved
 *       entered Semester I differing from Triwulan II, s.d. Triwulan III from Triwulan III or Tahunan from
 *       Triwulan IV (error).</li>
 *   <li><b>period</b>: an agreed IKU with a target in a period but no approved realization, entered or derived
 *       (warning; unapproved entries are named).</li>
 *   <li><b>reported-index</b>: an index the office reported at import (stored, {@code reported_index}) more than
 *       0,01 from the engine's official index of its period (error), or in a period the engine does not score the
 *       IKU (warning).</li>
 *   <li><b>revenue</b>: the year's tax types added up against the year's revenue total, target and realization.
 *       Per-type amounts are often known only rounded (the demo's are the report's billions with two decimals), so
 *       a difference within the precision of the parts is an info, not an error: each part's precision is the
 *       largest power of ten dividing it, capped at Rp 10.000.000 (0,01 miliar, how revenue tables print it), and
 *       the tolerance is half of that summed over the parts. Zero counts as exact.</li>
 *   <li><b>budget</b>: DIPA lines against the sum of their children: children above the parent is an error,
 *       below it a warning (detail not complete).</li>
 *   <li><b>budget-kind</b>: the kinds of spending (51, 52, 53) added up against the DIPA programs (ceiling and
 *       realization; exact rupiah, no tolerance): error. Per kind against the lines carrying that kind: equal when
 *       every detail line carries a kind, otherwise not above the kind's total.</li>
 *   <li><b>document</b>: each {@link DocumentCheck} (the report module's check of the LAKIN model: figures printed
 *       twice, printed sums).</li>
 * </ol>
 * Texts are {@link Message}s (bundle keys {@code check.*}), shown in the reader's language by {@link FindingTexts}.
 */
@Service
public class ConsistencyCheck {

    static final BigDecimal COARSEST_PRECISION = new BigDecimal("10000000");

    private final ScorecardService scorecards;
    private final Agreements agreements;
    private final RealizationQueries realizations;
    private final RealizationQueries reportedIndexes;
    private final NarrativeService narratives;
    private final RevenueService revenue;
    private final BudgetService budgets;
    private final ObjectProvider<DocumentCheck> documents;

    ConsistencyCheck(
            ScorecardService scorecards,
            Agreements agreements,
            RealizationQueries realizations,
            RealizationQueries reportedIndexes,
            NarrativeService narratives,
            RevenueService revenue,
            BudgetService budgets,
            ObjectProvider<DocumentCheck> documents) {
        this.scorecards = scorecards;
        this.agreements = agreements;
        this.realizations = realizations;
        this.reportedIndexes = reportedIndexes;
        this.narratives = narratives;
        this.revenue = revenue;
        this.budgets = budgets;
        this.documents = documents;
    }

    /**
     * The findings of a unit's year, errors first, then warnings, then infos (each in check order).
     *
     * @throws id.kinerja.scorecard.ScorecardNotFoundException unknown unit or no agreement for the year
     */
    @Transactional(readOnly = true)
    public ConsistencyReport check(String unitCode, int year) {
        return check(unitCode, year, null);
    }

    /**
     * The same, with the findings of the documents' own models already made by the caller that built them (the
     * LAKIN being rendered), so the model is not built a second time; null: ask every {@link DocumentCheck}.
     */
    @Transactional(readOnly = true)
    public ConsistencyReport check(String unitCode, int year, List<Finding> documentFindings) {
        ScoringContext context = scorecards.context(unitCode, year);
        Unit unit = context.unit();
        String base = "/units/" + unit.code();
        List<Finding> out = new ArrayList<>();
        narrativesAndPlaceholders(context, base, out);
        agreement(context, base, out);
        signing(context, base, out);
        List<Realization> entered = realizations.realizations(unit.id(), year);
        takeLast(context, entered, base, out);
        Map<Period, Scorecard> cards = new EnumMap<>(Period.class);
        for (Period p : Period.values()) {
            cards.put(p, scorecards.score(context, p).scorecard());
        }
        periods(context, cards, entered, base, out);
        reportedIndexes(context, cards, base, out);
        revenue(unit, year, out);
        budget(unit, year, out);
        if (documentFindings == null) {
            documents(unit, year, out);
        } else {
            out.addAll(documentFindings);
        }
        out.sort(Comparator.comparing(Finding::severity));
        return new ConsistencyReport(unit, year, List.copyOf(out));
    }

    /** True while the document checks run: a check asked for while building a document leaves them out. */
    private static final ThreadLocal<Boolean> IN_DOCUMENTS = ThreadLocal.withInitial(() -> false);

    private void documents(Unit unit, int year, List<Finding> out) {
        if (IN_DOCUMENTS.get()) {
            return;
        }
        IN_DOCUMENTS.set(true);
        try {
            documents.orderedStream().forEach(d -> out.addAll(d.check(unit.code(), year)));
        } finally {
            IN_DOCUMENTS.set(false);
        }
    }

    private void narrativesAndPlaceholders(ScoringContext context, String base, List<Finding> out) {
        long unitId = context.unit().id();
        int year = context.year();
        List<String> codes = context.agreement().indicators().stream()
                .map(PerformanceAgreement.Indicator::code)
                .toList();
        List<NarrativeSection> sections = NarrativeSections.forIndicators(codes);
        Map<String, NarrativeVersion> latest = narratives.latestAll(unitId, year);
        String edit = base + "/narratives/%s?year=" + year;
        for (NarrativeSection s : sections) {
            if (!s.perIndicator() && !latest.containsKey(s.key())) {
                out.add(new Finding(
                        Severity.WARNING,
                        "narrative",
                        Message.of("check.where.section", s.title()),
                        Message.of("check.narrative.section.what", s.title()),
                        Message.of("check.narrative.section.fix"),
                        edit.formatted(s.key())));
            }
        }
        for (String code : codes) {
            List<NarrativeSection> blocks = NarrativeSections.ofIndicator(code);
            if (blocks.stream().noneMatch(b -> latest.containsKey(b.key()))) {
                out.add(new Finding(
                        Severity.WARNING,
                        "narrative",
                        Message.of("check.where.iku", code),
                        Message.of(
                                "check.narrative.iku.what",
                                code,
                                Message.joined(
                                        "; ",
                                        blocks.stream()
                                                .map(NarrativeSection::title)
                                                .toList())),
                        Message.of("check.narrative.iku.fix"),
                        edit.formatted(blocks.get(0).key())));
            }
        }
        Placeholders.Values values = narratives.values(unitId, year);
        for (NarrativeSection s : sections) {
            NarrativeVersion v = latest.get(s.key());
            if (v == null) {
                continue;
            }
            for (PlaceholderWording.Mismatch w : PlaceholderWording.mismatches(v.content())) {
                Message figure = Message.of("check.figure.kind." + w.printed().name());
                out.add(new Finding(
                        Severity.WARNING,
                        "placeholder-kind",
                        where(s, v.version()),
                        Message.of(
                                "check.placeholderKind.what",
                                w.word(),
                                "{{" + w.name() + "}}",
                                figure,
                                Message.of("check.figure.kind." + w.said().name())),
                        w.suggestion() == null
                                ? Message.of("check.placeholderKind.fix")
                                : Message.of("check.placeholderKind.fixWith", "{{" + w.suggestion() + "}}"),
                        edit.formatted(s.key())));
            }
            Placeholders.Rendered r = Placeholders.render(v.content(), values);
            if (r.problems().isEmpty()) {
                continue;
            }
            // each name once, by how it resolved; a brace pair left over is in unknown but not among the names
            List<Message> problems = new ArrayList<>();
            Set<String> named = new HashSet<>();
            for (String name : Placeholders.names(v.content())) {
                named.add(name);
                Placeholders.Resolution res = name.isEmpty() ? null : values.resolve(name);
                if (res == null || res.kind() == Placeholders.Kind.UNKNOWN) {
                    problems.add(Message.of("check.placeholder.unknown", "{{" + name + "}}"));
                } else if (res.kind() == Placeholders.Kind.MISSING) {
                    problems.add(Message.of("check.placeholder.missing", "{{" + name + "}}"));
                }
            }
            r.unknown().stream()
                    .filter(u -> !named.contains(u))
                    .forEach(u -> problems.add(Message.of("check.placeholder.incomplete", u)));
            out.add(new Finding(
                    r.unknown().isEmpty() ? Severity.WARNING : Severity.ERROR,
                    "placeholder",
                    where(s, v.version()),
                    Message.of("check.placeholder.what", Message.joined("; ", problems)),
                    Message.of(
                            r.unknown().isEmpty() ? "check.placeholder.fix.missing" : "check.placeholder.fix.unknown"),
                    edit.formatted(s.key())));
        }
    }

    /** A written section: "Narasi: IKU 01a-CP, Analisis capaian (versi 3)". */
    static Message where(NarrativeSection s, int version) {
        return s.perIndicator()
                ? Message.of("check.where.ikuSection", s.indicatorCode(), s.title(), version)
                : Message.of("check.where.sectionVersion", s.title(), version);
    }

    private void agreement(ScoringContext context, String base, List<Finding> out) {
        PerformanceAgreement inForce = context.agreement();
        String link = base + "/agreement?year=" + context.year();
        if (inForce.status() != AgreementStatus.SIGNED) {
            out.add(new Finding(
                    Severity.WARNING,
                    "agreement",
                    Message.of("check.where.agreement", context.year()),
                    Message.of("check.agreement.unsigned.what", inForce.version()),
                    Message.of("check.agreement.unsigned.fix"),
                    link));
            return;
        }
        // targets live only in the agreement (agreement_target): a draft revision is the other place they may differ
        PerformanceAgreement draft =
                agreements.findDraft(context.unit().id(), context.year()).orElse(null);
        if (draft == null) {
            return;
        }
        Map<String, Map<Period, Target>> draftTargets = draft.indicators().stream()
                .collect(Collectors.toMap(
                        PerformanceAgreement.Indicator::code, PerformanceAgreement.Indicator::targets));
        for (PerformanceAgreement.Indicator i : inForce.indicators()) {
            Map<Period, Target> theirs = draftTargets.get(i.code());
            List<Message> diffs = new ArrayList<>();
            if (theirs == null) {
                diffs.add(Message.of("check.agreement.draft.gone"));
            } else {
                for (Period p : Period.values()) {
                    Target a = i.targets().get(p);
                    Target b = theirs.get(p);
                    if (a == null ? b != null : !a.sameAs(b)) {
                        diffs.add(Message.of("check.agreement.draft.diff", Message.period(p), target(a), target(b)));
                    }
                }
            }
            if (!diffs.isEmpty()) {
                out.add(new Finding(
                        Severity.WARNING,
                        "agreement",
                        Message.of("check.where.iku", i.code()),
                        Message.of(
                                "check.agreement.draft.what",
                                draft.version(),
                                inForce.version(),
                                Message.joined("; ", diffs)),
                        Message.of("check.agreement.draft.fix"),
                        link));
            }
        }
    }

    /**
     * The names, place and date the documents are signed with, all from the agreement in force and the office data:
     * the PK prints the agreement's date, place and both parties; the LAKIN and the NKO report the signing place
     * ({@link PerformanceAgreement#signingPlace}), the day they are made and the first party (the head).
     */
    private void signing(ScoringContext context, String base, List<Finding> out) {
        PerformanceAgreement a = context.agreement();
        int year = context.year();
        String link = base + "/agreement?year=" + year;
        boolean noHead = a.firstParty() == null || blank(a.firstParty().name());
        List<Message> pk = new ArrayList<>();
        if (blank(a.place())) {
            pk.add(Message.of("check.signing.place"));
        }
        if (a.date() == null) {
            pk.add(Message.of("check.signing.date"));
        }
        if (noHead) {
            pk.add(Message.of("check.signing.firstParty"));
        }
        if (a.secondParty() == null || blank(a.secondParty().name())) {
            pk.add(Message.of("check.signing.secondParty"));
        }
        if (!pk.isEmpty()) {
            out.add(new Finding(
                    Severity.ERROR,
                    "signing",
                    Message.of("check.where.signing.pk", year),
                    Message.of("check.signing.pk.what", year, Message.joined(", ", pk)),
                    Message.of("check.signing.pk.fix"),
                    link));
        }
        List<Message> reports = new ArrayList<>();
        if (a.signingPlace(context.unit().area()) == null) {
            reports.add(Message.of("check.signing.placeOrArea"));
        }
        if (noHead) {
            reports.add(Message.of("check.signing.head"));
        }
        if (!reports.isEmpty()) {
            out.add(new Finding(
                    Severity.ERROR,
                    "signing",
                    Message.of("check.where.signing.reports", year),
                    Message.of("check.signing.reports.what", year, Message.joined(", ", reports)),
                    Message.of("check.signing.reports.fix"),
                    link));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A target as the documents print it: "85,00", a range "80,00–90,00", a dash when none. */
    static Object target(Target t) {
        return t == null || t.upper() == null
                ? Message.index(t == null ? null : t.value())
                : Message.of("check.target.range", Message.index(t.value()), Message.index(t.upper()));
    }

    private void takeLast(ScoringContext context, List<Realization> entered, String base, List<Finding> out) {
        Map<String, Map<Period, BigDecimal>> approved = approvedValues(entered);
        for (PerformanceAgreement.Indicator i : context.agreement().indicators()) {
            Indicator ind = context.framework().indicator(i.code());
            if (ind == null || ind.consolidation() != Consolidation.TAKE_LAST) {
                continue;
            }
            Map<Period, BigDecimal> v = approved.getOrDefault(i.code(), Map.of());
            for (Period aggregate : List.of(Period.S1, Period.SDQ3, Period.Y)) {
                BigDecimal agg = v.get(aggregate);
                BigDecimal last = v.get(aggregate.lastQuarter());
                if (agg != null && last != null && agg.compareTo(last) != 0) {
                    out.add(new Finding(
                            Severity.ERROR,
                            "take-last",
                            Message.of("check.where.ikuPeriod", i.code(), Message.period(aggregate)),
                            Message.of(
                                    "check.takeLast.what",
                                    i.code(),
                                    Message.period(aggregate),
                                    Message.index(agg),
                                    Message.period(aggregate.lastQuarter()),
                                    Message.index(last)),
                            Message.of(
                                    "check.takeLast.fix",
                                    Message.period(aggregate),
                                    Message.period(aggregate.lastQuarter())),
                            base + "/realizations/" + i.code() + "/" + aggregate.name() + "?year=" + context.year()));
                }
            }
        }
    }

    private void periods(
            ScoringContext context,
            Map<Period, Scorecard> cards,
            List<Realization> entered,
            String base,
            List<Finding> out) {
        Map<String, List<Message>> pending = new HashMap<>();
        for (Realization r : entered) {
            if (r.status() != RealizationStatus.APPROVED) {
                pending.computeIfAbsent(r.indicatorCode(), k -> new ArrayList<>())
                        .add(Message.of(
                                "check.period.pendingItem",
                                Message.period(r.period()),
                                Message.of("realization.status." + r.status().name())));
            }
        }
        for (PerformanceAgreement.Indicator i : context.agreement().indicators()) {
            List<Message> missing = new ArrayList<>();
            for (Period p : Period.values()) {
                if (i.targets().get(p) == null) {
                    continue;
                }
                IndicatorScore s = cards.get(p).indicator(i.code());
                if (s == null || s.realization() == null) {
                    missing.add(Message.period(p));
                }
            }
            if (!missing.isEmpty()) {
                List<Message> waiting = pending.getOrDefault(i.code(), List.of());
                out.add(new Finding(
                        Severity.WARNING,
                        "period",
                        Message.of("check.where.iku", i.code()),
                        waiting.isEmpty()
                                ? Message.of("check.period.what", i.code(), Message.joined(", ", missing))
                                : Message.of(
                                        "check.period.whatPending",
                                        i.code(),
                                        Message.joined(", ", missing),
                                        Message.joined(", ", waiting)),
                        Message.of("check.period.fix"),
                        base + "/realizations?year=" + context.year()));
            }
        }
    }

    /** Each stored reported index against the engine's index of its period (the official, approved scores). */
    private void reportedIndexes(ScoringContext context, Map<Period, Scorecard> cards, String base, List<Finding> out) {
        for (ReportedIndex r : reportedIndexes.reportedIndexes(context.unit().id(), context.year())) {
            IndicatorScore s = cards.get(r.period()).indicator(r.indicatorCode());
            BigDecimal engine = s == null ? null : s.index();
            Message where = Message.of("check.where.ikuPeriod", r.indicatorCode(), Message.period(r.period()));
            String link = base + "/iku/" + r.indicatorCode() + "?year=" + context.year() + "&period="
                    + r.period().name();
            if (engine == null) {
                out.add(new Finding(
                        Severity.WARNING,
                        "reported-index",
                        where,
                        Message.of(
                                "check.reportedIndex.unscored.what",
                                r.indicatorCode(),
                                Message.period(r.period()),
                                Message.index(r.reported())),
                        Message.of("check.reportedIndex.fix"),
                        link));
            } else if (ReportedIndex.differs(r.reported(), engine)) {
                out.add(new Finding(
                        Severity.ERROR,
                        "reported-index",
                        where,
                        Message.of(
                                "check.reportedIndex.what",
                                r.indicatorCode(),
                                Message.period(r.period()),
                                Message.index(r.reported()),
                                Message.index(engine),
                                Message.index(ReportedIndex.TOLERANCE)),
                        Message.of("check.reportedIndex.fix"),
                        link));
            }
        }
    }

    private static Map<String, Map<Period, BigDecimal>> approvedValues(List<Realization> entered) {
        Map<String, Map<Period, BigDecimal>> out = new HashMap<>();
        for (Realization r : entered) {
            if (r.status() == RealizationStatus.APPROVED && r.value() != null) {
                out.computeIfAbsent(r.indicatorCode(), k -> new EnumMap<>(Period.class))
                        .put(r.period(), r.value());
            }
        }
        return out;
    }

    private void revenue(Unit unit, int year, List<Finding> out) {
        RevenueTotal total = revenue.findTotals(unit.id()).stream()
                .filter(t -> t.year() == year)
                .findFirst()
                .orElse(null);
        List<RevenueLine> lines = revenue.findLines(unit.id()).stream()
                .filter(l -> l.year() == year)
                .toList();
        if (total == null || lines.isEmpty()) {
            return;
        }
        // leaves: a group's own line counts only when none of its types has a line of its own
        Map<String, String> groupOf = revenue.taxTypes().stream()
                .filter(t -> t.groupCode() != null)
                .collect(Collectors.toMap(TaxType::code, TaxType::groupCode));
        Set<String> present = lines.stream().map(RevenueLine::taxTypeCode).collect(Collectors.toSet());
        Set<String> groupsWithParts = new HashSet<>();
        present.forEach(c -> {
            if (groupOf.containsKey(c)) {
                groupsWithParts.add(groupOf.get(c));
            }
        });
        List<RevenueLine> leaves = lines.stream()
                .filter(l -> !groupsWithParts.contains(l.taxTypeCode()))
                .toList();
        sumAgainstTotal("target", leaves.stream().map(RevenueLine::target).toList(), total.target(), year, out);
        sumAgainstTotal(
                "realization", leaves.stream().map(RevenueLine::realization).toList(), total.realization(), year, out);
    }

    /** @param what {@code target} or {@code realization}: the figure ({@code check.figure.*}) */
    private void sumAgainstTotal(String what, List<BigDecimal> parts, BigDecimal total, int year, List<Finding> out) {
        List<BigDecimal> known = parts.stream().filter(Objects::nonNull).toList();
        if (total == null || known.isEmpty()) {
            return;
        }
        BigDecimal sum = known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal diff = sum.subtract(total).abs();
        if (diff.signum() == 0) {
            return;
        }
        BigDecimal tolerance = roundingTolerance(known);
        Message figure = Message.of("check.figure." + what);
        Message where = Message.of("check.where.revenue", year, figure);
        Object[] args = {
            figure, Message.rupiah(sum), Message.rupiah(total), Message.rupiah(diff), Message.rupiah(tolerance)
        };
        if (diff.compareTo(tolerance) <= 0) {
            out.add(new Finding(
                    Severity.INFO,
                    "revenue",
                    where,
                    Message.of("check.revenue.rounding.what", args),
                    Message.of("check.revenue.rounding.fix"),
                    null));
        } else {
            out.add(new Finding(
                    Severity.ERROR,
                    "revenue",
                    where,
                    Message.of("check.revenue.what", args),
                    Message.of("check.revenue.fix", year),
                    null));
        }
    }

    /** Half the precision of each part (largest power of ten dividing it, at most 0,01 miliar), summed. */
    static BigDecimal roundingTolerance(List<BigDecimal> parts) {
        BigDecimal tolerance = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            if (p.signum() == 0) {
                continue;
            }
            BigDecimal precision = BigDecimal.ONE;
            while (precision.compareTo(COARSEST_PRECISION) < 0
                    && p.remainder(precision.multiply(BigDecimal.TEN)).signum() == 0) {
                precision = precision.multiply(BigDecimal.TEN);
            }
            tolerance = tolerance.add(precision.divide(BigDecimal.TWO));
        }
        return tolerance;
    }

    private void budget(Unit unit, int year, List<Finding> out) {
        List<BudgetLine> lines = BudgetLine.withParents(budgets.findLines(unit.id(), year));
        if (lines.isEmpty()) {
            return;
        }
        Map<String, List<BudgetLine>> children = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            if (l.parentCode() != null) {
                children.computeIfAbsent(l.parentCode(), k -> new ArrayList<>()).add(l);
            }
        }
        for (BudgetLine parent : lines) {
            List<BudgetLine> kids = children.get(parent.code());
            if (kids == null) {
                continue;
            }
            BigDecimal ceiling = kids.stream().map(BudgetLine::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal spent = kids.stream().map(BudgetLine::realization).reduce(BigDecimal.ZERO, BigDecimal::add);
            int c = ceiling.compareTo(parent.ceiling());
            int s = spent.compareTo(parent.realization());
            if (c == 0 && s == 0) {
                continue;
            }
            boolean above = c > 0 || s > 0;
            out.add(new Finding(
                    above ? Severity.ERROR : Severity.WARNING,
                    "budget",
                    Message.of("check.where.budgetLine", year, parent.code(), parent.name()),
                    Message.of(
                            above ? "check.budget.above.what" : "check.budget.below.what",
                            kids.size(),
                            Message.rupiah(ceiling),
                            Message.rupiah(spent),
                            Message.rupiah(parent.ceiling()),
                            Message.rupiah(parent.realization())),
                    Message.of(above ? "check.budget.above.fix" : "check.budget.below.fix"),
                    null));
        }
        // the kinds' total against the DIPA programs' total, as the budget module computes both
        BudgetYear figures = budgets.year(unit.id(), year);
        if (figures.kindsTotal() == null) {
            return;
        }
        kindAgainst(
                "ceiling", figures.kindsTotal().ceiling(), figures.dipaTotal().ceiling(), year, out);
        kindAgainst(
                "realization",
                figures.kindsTotal().realization(),
                figures.dipaTotal().realization(),
                year,
                out);
        List<BudgetKindTotal> kinds = budgets.findKinds(unit.id(), year);
        // per kind: the detail lines (those without children) carrying the kind
        List<BudgetLine> details =
                lines.stream().filter(l -> !children.containsKey(l.code())).toList();
        boolean complete = details.stream().allMatch(l -> l.kind() != null);
        for (BudgetKindTotal k : kinds) {
            List<BudgetLine> of = lines.stream()
                    .filter(l -> Objects.equals(l.kind(), k.kind()))
                    .toList();
            if (of.isEmpty()) {
                continue;
            }
            BigDecimal c = of.stream().map(BudgetLine::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal s = of.stream().map(BudgetLine::realization).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean wrong = complete
                    ? c.compareTo(k.ceiling()) != 0 || s.compareTo(k.realization()) != 0
                    : c.compareTo(k.ceiling()) > 0 || s.compareTo(k.realization()) > 0;
            if (wrong) {
                out.add(new Finding(
                        Severity.ERROR,
                        "budget-kind",
                        Message.of("check.where.budgetKind", k.kind(), k.name(), year),
                        Message.of(
                                "check.budgetKind.lines.what",
                                k.kind(),
                                Message.rupiah(c),
                                Message.rupiah(s),
                                Message.rupiah(k.ceiling()),
                                Message.rupiah(k.realization())),
                        Message.of("check.budgetKind.lines.fix"),
                        null));
            }
        }
    }

    /** @param what {@code ceiling} or {@code realization}: the figure ({@code check.figure.*}) */
    private void kindAgainst(String what, BigDecimal kinds, BigDecimal programs, int year, List<Finding> out) {
        if (kinds.compareTo(programs) == 0) {
            return;
        }
        Message figure = Message.of("check.figure." + what);
        out.add(new Finding(
                Severity.ERROR,
                "budget-kind",
                Message.of("check.where.budgetTotal", year, figure),
                Message.of(
                        "check.budgetKind.total.what",
                        figure,
                        Message.rupiah(kinds),
                        Message.rupiah(programs),
                        Message.rupiah(kinds.subtract(programs).abs())),
                Message.of("check.budgetKind.total.fix", year),
                null));
    }
}
