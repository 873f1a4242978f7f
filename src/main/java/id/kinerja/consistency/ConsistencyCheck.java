package id.kinerja.consistency;

import id.kinerja.consistency.internal.AgreementChecks;
import id.kinerja.consistency.internal.BudgetChecks;
import id.kinerja.consistency.internal.NarrativeChecks;
import id.kinerja.consistency.internal.RealizationChecks;
import id.kinerja.consistency.internal.RevenueChecks;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 *   <li><b>narrative-draft</b>: a section carried over from last year ("Mulai dari narasi tahun lalu") and not saved
 *       since: a draft that needs review (warning).</li>
 *   <li><b>placeholder-kind</b>: a placeholder whose sentence names another figure than it prints ("realisasi
 *       sebesar {{iku.09c-N.indeks.Y}}"), as the narrative module's {@code PlaceholderWording} reads it (warning).</li>
 *   <li><b>placeholder</b>: a written section with an unknown or malformed placeholder (error) or one without a
 *       value yet (warning).</li>
 *   <li><b>agreement</b>: targets are stored only in the agreement ({@code agreement_target}; realizations carry
 *       none), and the agreement in force is the latest signed version. So: no signed version (warning: the
 *       document prints a draft's targets), or a draft revision whose targets differ from the signed ones (warning
 *       per IKU, naming the periods: the document prints the signed targets until the revision is signed).</li>
 *   <li><b>signing</b>: the PK without its place, date or a party's name (error, naming what is missing); the
 *       LAKIN's and NKO report's place and signer are the report module's {@link DocumentCheck}.</li>
 *   <li><b>planning</b>: IKU of the agreement with nothing recorded of their Renstra / RPJMN targets and national
 *       standard for the year (error naming them: the LAKIN would have no figure to compare with).</li>
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
 * Each family of checks is a class of its own in {@code consistency.internal} ({@link NarrativeChecks},
 * {@link AgreementChecks}, {@link RealizationChecks}, {@link RevenueChecks}, {@link BudgetChecks}); this class runs them
 * in the order above. Texts are {@link Message}s (bundle keys {@code check.*}), shown in the reader's language by {@link FindingTexts}.
 */
@Service
public class ConsistencyCheck {

    private final ScorecardService scorecards;
    private final RealizationQueries realizations;
    private final NarrativeChecks narratives;
    private final AgreementChecks agreements;
    private final RealizationChecks realizationChecks;
    private final RevenueChecks revenue;
    private final BudgetChecks budgets;
    private final ObjectProvider<DocumentCheck> documents;

    ConsistencyCheck(
            ScorecardService scorecards,
            RealizationQueries realizations,
            NarrativeChecks narratives,
            AgreementChecks agreements,
            RealizationChecks realizationChecks,
            RevenueChecks revenue,
            BudgetChecks budgets,
            ObjectProvider<DocumentCheck> documents) {
        this.scorecards = scorecards;
        this.realizations = realizations;
        this.narratives = narratives;
        this.agreements = agreements;
        this.realizationChecks = realizationChecks;
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
        narratives.check(context, base, out);
        agreements.agreement(context, base, out);
        agreements.signing(context, base, out);
        agreements.planning(context, base, out);
        List<Realization> entered = realizations.realizations(unit.id(), year);
        realizationChecks.takeLast(context, entered, base, out);
        Map<Period, Scorecard> cards = new EnumMap<>(Period.class);
        for (Period p : Period.values()) {
            cards.put(p, scorecards.score(context, p).scorecard());
        }
        realizationChecks.periods(context, cards, entered, base, out);
        realizationChecks.reportedIndexes(context, cards, base, out);
        revenue.check(unit, year, out);
        budgets.check(unit, year, out);
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
}
