package id.kinerja.framework.internal;

import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Component;
import id.kinerja.framework.ComponentSet;
import id.kinerja.framework.ConversionTable;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.Predicate;
import id.kinerja.framework.PredicateScale;
import id.kinerja.framework.StrategicObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link Framework} of a bound file that neither the binder nor the validator found a problem in; every
 * required value is there. Order in the file is the order of the NKO sheet.
 */
public final class FrameworkAssembler {

    private FrameworkAssembler() {}

    public static Framework framework(Raw.Document doc) {
        List<Perspective> perspectives = new ArrayList<>();
        for (Raw.Perspective p : doc.perspectives().items()) {
            perspectives.add(new Perspective(
                    p.code().value(),
                    p.name().value(),
                    p.englishName().value(),
                    p.weight().value(),
                    perspectives.size() + 1));
        }
        List<StrategicObjective> objectives = new ArrayList<>();
        for (Raw.Objective o : doc.objectives().items()) {
            objectives.add(new StrategicObjective(
                    o.code().value(),
                    o.name().value(),
                    o.description().value(),
                    o.perspective().value(),
                    objectives.size() + 1));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Raw.Indicator i : doc.indicators().items()) {
            indicators.add(indicator(i, indicators.size() + 1));
        }
        Raw.ColourBands colours = doc.colourBands().value();
        return new Framework(
                doc.id().value(),
                doc.year().value(),
                doc.name().value(),
                doc.organisationType().value(),
                doc.cap().value(),
                perspectives,
                objectives,
                indicators,
                colours == null
                        ? ColourBands.DEFAULT
                        : new ColourBands(
                                colours.greenFrom().value(),
                                colours.yellowFrom().value()),
                doc.predicateScale().value() == null
                        ? null
                        : scale(doc.predicateScale().value()));
    }

    private static Indicator indicator(Raw.Indicator i, int order) {
        List<ComponentSet> sets = new ArrayList<>();
        if (i.componentSets().value() != null) {
            for (Raw.ComponentSet s : i.componentSets().value().items()) {
                List<Component> components = new ArrayList<>();
                for (Raw.Component c : s.components().items()) {
                    components.add(new Component(
                            c.code().value(),
                            c.name().value(),
                            c.weight().value(),
                            c.cap().value(),
                            c.scoring().value(),
                            c.target().value()));
                }
                sets.add(new ComponentSet(s.periods().value(), components, table(s.conversionTable())));
            }
        }
        return new Indicator(
                i.code().value(),
                i.name().value(),
                i.objective().value(),
                i.definition().value(),
                i.formula().value(),
                i.unit().value(),
                i.polarity().value(),
                i.consolidation().value(),
                i.scoring().value(),
                i.weight().value(),
                i.cap().value(),
                i.dataSource().value(),
                i.scoredAgainstYearlyTarget().given()
                        ? i.scoredAgainstYearlyTarget().value()
                        : Set.of(),
                table(i.conversionTable()),
                sets,
                order);
    }

    private static ConversionTable table(Raw.Field<Raw.Table> table) {
        if (table.value() == null) {
            return null;
        }
        List<ConversionTable.Band> bands = new ArrayList<>();
        for (Raw.Band b : table.value().bands()) {
            FrameworkValidator.Bounds at = FrameworkValidator.bounds(b);
            bands.add(
                    b.index().value() != null
                            ? ConversionTable.Band.constant(
                                    at.lower(),
                                    at.lowerInclusive(),
                                    at.upper(),
                                    at.upperInclusive(),
                                    b.index().value())
                            : ConversionTable.Band.linear(
                                    at.lower(),
                                    at.lowerInclusive(),
                                    at.upper(),
                                    at.upperInclusive(),
                                    b.fromIndex().value(),
                                    b.toIndex().value()));
        }
        return new ConversionTable(bands);
    }

    private static PredicateScale scale(Raw.PredicateScale s) {
        List<Predicate> predicates = new ArrayList<>();
        for (Raw.Predicate p : s.predicates().items()) {
            predicates.add(new Predicate(
                    p.name().value(),
                    p.above().value() != null ? p.above().value() : p.atLeast().value(),
                    p.atLeast().value() != null));
        }
        return new PredicateScale(
                predicates,
                Boolean.TRUE.equals(s.assumption().value()),
                s.note().value());
    }
}
