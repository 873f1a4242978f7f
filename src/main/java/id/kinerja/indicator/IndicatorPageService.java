package id.kinerja.indicator;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.evidence.Evidence;
import id.kinerja.evidence.EvidenceService;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.indicator.internal.IndicatorNoteRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything about one IKU of a unit in a year, for its page: the manual's entry (from the framework version of
 * the agreement in force), the agreement's weight and targets, the realizations per period with their state and
 * the current user's actions, the official index per period with the engine's explanation, the evidence, the
 * notes and the audit history. Adding a note is audited.
 */
@Service
public class IndicatorPageService {

    public static final int MAX_NOTE = 4000;
    static final String NOTE_ENTITY = "indicator_note";

    /** The page's content. */
    public record Page(
            Unit unit,
            int year,
            ScoringContext context,
            Indicator indicator,
            StrategicObjective objective,
            Perspective perspective,
            List<RealizationQueries.Row> rows,
            Map<Period, IndicatorScore> scores,
            List<Evidence> evidence,
            List<IndicatorNote> notes,
            List<AuditEvent> history,
            List<Period> openPeriods,
            boolean canAddEvidence,
            boolean canAddNote,
            Map<Period, BigDecimal> contradictedReports) {
        public Framework framework() {
            return context.framework();
        }
    }

    private final UnitAccess access;
    private final ScorecardService scorecards;
    private final RealizationQueries realizations;
    private final EvidenceService evidence;
    private final IndicatorNoteRepository notes;
    private final AuditLog audit;

    IndicatorPageService(
            UnitAccess access,
            ScorecardService scorecards,
            RealizationQueries realizations,
            EvidenceService evidence,
            IndicatorNoteRepository notes,
            AuditLog audit) {
        this.access = access;
        this.scorecards = scorecards;
        this.realizations = realizations;
        this.evidence = evidence;
        this.notes = notes;
        this.audit = audit;
    }

    /** The page of an IKU of the agreement in force; 404 when the unit has no agreement or the IKU is not in it. */
    @Transactional(readOnly = true)
    public Page page(CurrentUser me, Unit unit, int year, String code) {
        List<RealizationQueries.Row> rows = realizations.rows(me, unit, year, code);
        ScoringContext context = scorecards.context(unit.code(), year);
        Map<Period, IndicatorScore> scores = new EnumMap<>(Period.class);
        for (Period p : Period.values()) {
            IndicatorScore score = scorecards.score(context, p).scorecard().indicator(code);
            if (score != null) {
                scores.put(p, score);
            }
        }
        // the indexes the office reported at import that the official index contradicts (or that are not scored)
        Map<Period, BigDecimal> contradicted = new EnumMap<>(Period.class);
        for (ReportedIndex r : realizations.reportedIndexes(unit.id(), year)) {
            IndicatorScore s = scores.get(r.period());
            if (r.indicatorCode().equals(code)
                    && (s == null || s.index() == null || ReportedIndex.differs(r.reported(), s.index()))) {
                contradicted.put(r.period(), r.reported());
            }
        }
        Indicator indicator = context.framework().indicator(code);
        StrategicObjective objective = context.framework().objective(indicator.objectiveCode());
        Perspective perspective =
                objective == null ? null : context.framework().perspective(objective.perspectiveCode());
        String prefix = year + "/" + code + "/";
        List<AuditEvent> history = new ArrayList<>();
        history.addAll(audit.find(unit.id(), "realization", prefix));
        history.addAll(audit.find(unit.id(), "evidence", prefix));
        history.addAll(audit.find(unit.id(), NOTE_ENTITY, prefix));
        history.sort(Comparator.comparing(AuditEvent::at)
                .thenComparing(AuditEvent::id)
                .reversed());
        boolean enter = access.canEnterRealization(me, unit.id(), code);
        List<Period> open = rows.stream()
                .filter(r -> r.entry() == null || !r.entry().locked())
                .map(RealizationQueries.Row::period)
                .toList();
        return new Page(
                unit,
                year,
                context,
                indicator,
                objective,
                perspective,
                rows,
                scores,
                evidence.list(unit, year, code),
                notes.find(unit.id(), year, code),
                history,
                open,
                enter && !open.isEmpty(),
                canAddNote(me, unit, code),
                contradicted);
    }

    /** Those who work on the unit's IKU (its PIC, the performance administrator, the head) may write notes. */
    public boolean canAddNote(CurrentUser me, Unit unit, String code) {
        return access.canEnterRealization(me, unit.id(), code)
                || access.canVerify(me, unit.id())
                || access.canApprove(me, unit.id());
    }

    /** Adds a note to an IKU of the agreement in force (403 for others; 400 for an empty or too long note). */
    @Transactional
    public IndicatorNote addNote(CurrentUser me, Unit unit, int year, String code, String content) {
        UnitAccess.require(canAddNote(me, unit, code));
        realizations.requireAgreed(unit, year, code);
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw UserError.invalid("indicator.note.error.empty", code);
        }
        if (text.length() > MAX_NOTE) {
            throw UserError.invalid("indicator.note.error.tooLong", code, MAX_NOTE);
        }
        long id = notes.insert(unit.id(), year, code, text, me.username());
        audit.record(
                me.username(),
                unit.id(),
                NOTE_ENTITY,
                year + "/" + code + "/" + id,
                AuditAction.NOTE,
                null,
                text,
                null);
        return notes.find(unit.id(), year, code).stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
