package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.realization.internal.IndicatorHistoryRepository;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.realization.internal.ReportedIndexRepository;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel import's commands of the realization module: the realizations go through the workflow's table
 * ({@link RealizationStep#IMPORTS}: who may import, which state a value enters, which current states it may
 * overwrite), in one set-based write; beside them the offices' reported indexes and the past years' results.
 */
@Service
public class RealizationImports {

    private final UnitAccess access;
    private final RealizationRepository realizations;
    private final ReportedIndexRepository reportedIndexes;
    private final IndicatorHistoryRepository history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RealizationImports(
            UnitAccess access,
            RealizationRepository realizations,
            ReportedIndexRepository reportedIndexes,
            IndicatorHistoryRepository history,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.access = access;
        this.realizations = realizations;
        this.reportedIndexes = reportedIndexes;
        this.history = history;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The import step {@code importer} takes for a unit's realizations: the first of {@link RealizationStep#IMPORTS}
     * whose power they hold; empty when they may not import the unit's realizations at all. {@code importer} null is
     * the command line; {@code createdByImport} a unit the same workbook creates.
     */
    public Optional<RealizationStep> step(CurrentUser importer, long unitId, boolean createdByImport) {
        return RealizationStep.IMPORTS.stream()
                .filter(s -> s.allowedFor(access, importer, unitId, null, createdByImport))
                .findFirst();
    }

    /**
     * Writes an import's realizations of one year through the workflow, all or nothing: each unit's rows take the
     * unit's {@link #step}, and every row's current state must be one that step starts from. A unit the
     * importer may not import, or a realization the step may not overwrite (an approved value under an import that
     * does not approve), refuses the whole import (409) and nothing is written. Then one set-based write
     * ({@code source} on every row), one audit entry per row ({@code reason}: file and checksum) and, for each value
     * that enters APPROVED, a {@link RealizationApproved}.
     *
     * @param importer the signed-in account, null for the command line (audited as {@code username})
     * @param created the units the same workbook creates (their onboarding)
     */
    @Transactional
    public void importAll(
            CurrentUser importer,
            String username,
            int year,
            List<ImportedRealization> rows,
            Set<Long> created,
            String source,
            String reason) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, RealizationStep> steps = new HashMap<>();
        for (ImportedRealization r : rows) {
            if (!steps.containsKey(r.unitId())) {
                steps.put(
                        r.unitId(),
                        step(importer, r.unitId(), created.contains(r.unitId()))
                                .orElseThrow(() -> new UserError(
                                        HttpStatus.FORBIDDEN,
                                        "realization.error.importNotAllowed",
                                        username,
                                        r.unitCode())));
            }
        }
        Map<String, RealizationStatus> current = new HashMap<>();
        realizations
                .findByUnitsAndYear(steps.keySet(), year)
                .forEach((unitId, list) -> list.forEach(
                        x -> current.put(unitId + "/" + x.indicatorCode() + "/" + x.period(), x.status())));
        List<RealizationRepository.Imported> writes = new ArrayList<>();
        Map<AuditAction, List<AuditLog.Entry>> audited = new EnumMap<>(AuditAction.class);
        for (ImportedRealization r : rows) {
            RealizationStep step = steps.get(r.unitId());
            RealizationStatus now = current.get(r.unitId() + "/" + r.indicatorCode() + "/" + r.period());
            if (!step.allowedFrom(now)) {
                throw UserError.conflict(
                        step.refusal(now),
                        r.unitCode(),
                        r.indicatorCode(),
                        PeriodNames.of(r.period()),
                        RealizationTexts.status(now),
                        RealizationTexts.status(step.target()));
            }
            writes.add(new RealizationRepository.Imported(
                    r.unitId(), r.indicatorCode(), r.period(), r.value(), r.note(), step.target()));
            audited.computeIfAbsent(step.audit(), a -> new ArrayList<>())
                    .add(new AuditLog.Entry(
                            r.unitId(),
                            RealizationService.key(year, r.indicatorCode(), r.period()),
                            r.value().toPlainString() + " (" + step.target() + ")"));
        }
        realizations.saveAll(year, writes, source, username);
        audited.forEach(
                (action, entries) -> audit.recordAll(username, RealizationService.ENTITY, action, reason, entries));
        for (ImportedRealization r : rows) {
            if (steps.get(r.unitId()).target() == RealizationStatus.APPROVED) {
                events.publishEvent(
                        new RealizationApproved(r.unitId(), year, r.indicatorCode(), r.period(), r.value(), username));
            }
        }
    }

    /** Stores (or, for a null index, removes) many offices' reported indexes of one year at once (an import). */
    @Transactional
    public void saveReportedIndexes(int year, List<ReportedIndexWrite> rows, String username) {
        reportedIndexes.saveAll(year, rows, username);
    }

    /** Stores a past year's result of a unit's IKU (an import or the demo data). */
    @Transactional
    public void saveHistory(long unitId, IndicatorHistoryEntry entry) {
        history.save(unitId, entry);
    }
}
