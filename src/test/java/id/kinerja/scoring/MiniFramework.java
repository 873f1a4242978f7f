package id.kinerja.scoring;

import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.Period;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A small framework exercising every polarity, scoring kind and consolidation, for edge-case tests. */
final class MiniFramework {

    static final String YAML = """
            id: mini-2030
            year: 2030
            name: Kerangka uji kecil
            organisation-type: TEST
            predicate-scale:
              predicates:
                - {name: Istimewa, above: 100}
                - {name: Baik, above: 90}
                - {name: Sangat Kurang}
            perspectives:
              - {code: A, name: Perspektif A, weight: 60}
              - {code: B, name: Perspektif B, weight: 40}
            objectives:
              - {code: A1, perspective: A, name: Sasaran A1}
              - {code: A2, perspective: A, name: Sasaran A2}
              - {code: B1, perspective: B, name: Sasaran B1}
            indicators:
              - {code: MAX, objective: A1, name: Maksimal, unit: count, polarity: maximize, consolidation: sum, scoring: ratio, weight: 2}
              - {code: MIN, objective: A1, name: Minimal, unit: percent, polarity: minimize, consolidation: take-last, scoring: ratio, weight: 1}
              - {code: RNG, objective: A2, name: Rentang, unit: percent, polarity: range, consolidation: average, scoring: ratio, weight: 1}
              - {code: CAP150, objective: A2, name: Batas sendiri, unit: index, polarity: maximize, consolidation: take-last, scoring: realization-is-index, weight: 1, cap: 150}
              - code: CONV
                objective: B1
                name: Konversi
                unit: index
                polarity: maximize
                consolidation: take-last
                scoring: conversion-table
                weight: 1
                conversion-table:
                  - {below: 80, index: 79.9}
                  - {equals: 80, index: 80}
                  - {above: 80, below: 91, from-index: 80, to-index: 100}
                  - {equals: 91, index: 100}
                  - {above: 91, at-most: 95, from-index: 100, to-index: 120}
                  - {above: 95, index: 120}
              - code: COMP
                objective: B1
                name: Komposit
                unit: percent
                polarity: maximize
                consolidation: take-last
                scoring: ratio
                weight: 1
                component-sets:
                  - periods: [Q1, Q2, S1, Q3, SDQ3, Q4, Y]
                    components:
                      - {code: K1, name: Komponen 1, weight: 25, cap: 100, scoring: realization-is-index}
                      - {code: K2, name: Komponen 2, weight: 75, scoring: ratio, target: 50}
            """;

    private MiniFramework() {}

    static Framework load() {
        return FrameworkLoader.load("mini.yaml", new StringReader(YAML));
    }

    /** An input with one target and one realization for a period (null = not entered). */
    static IndicatorInput input(String code, String weight, Period period, String target, String realization) {
        Map<Period, Target> t = new EnumMap<>(Period.class);
        if (target != null) {
            t.put(period, Target.of(new BigDecimal(target)));
        }
        Map<Period, BigDecimal> r = new EnumMap<>(Period.class);
        if (realization != null) {
            r.put(period, new BigDecimal(realization));
        }
        return new IndicatorInput(code, weight == null ? null : new BigDecimal(weight), t, r, Map.of());
    }
}
