package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.exchange.ParsedWorkbook.TargetRow;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.organisation.Unit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per unit of one planning run: the agreement in force for the year, the framework its targets are set under and
 * the indicators after the import (the Target sheet's plan, else the agreement as it is), read for the Target and
 * Realisasi sheets.
 */
final class PlannedAgreements {

    private final ParsedWorkbook wb;
    private final int year;
    private final Map<String, Unit> existing;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;

    /** Per unit: the agreement after the import (indicators by code) and its framework. */
    final Map<String, Map<String, PerformanceAgreement.Indicator>> plannedIndicators = new HashMap<>();

    final Map<String, Framework> plannedFramework = new HashMap<>();
    final Set<String> targetsChanged = new HashSet<>();
    final Set<String> refusedUnits = new HashSet<>();

    PlannedAgreements(
            ParsedWorkbook wb, Map<String, Unit> existing, Agreements agreements, FrameworkCatalog frameworks) {
        this.wb = wb;
        this.year = wb.year();
        this.existing = existing;
        this.agreements = agreements;
        this.frameworks = frameworks;
    }

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
}
