package id.kinerja.consistency.internal;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.Finding.Severity;
import id.kinerja.consistency.Message;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeSections;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeVersion;
import id.kinerja.narrative.PlaceholderWording;
import id.kinerja.narrative.Placeholders;
import id.kinerja.scorecard.ScoringContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The checks <b>narrative</b>, <b>narrative-draft</b> (a section carried over from last year and not reviewed since),
 * <b>placeholder-kind</b> and <b>placeholder</b> of {@link id.kinerja.consistency.ConsistencyCheck}.
 */
@Component
public class NarrativeChecks {

    private final NarrativeService narratives;

    NarrativeChecks(NarrativeService narratives) {
        this.narratives = narratives;
    }

    public void check(ScoringContext context, String base, List<Finding> out) {
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
        for (NarrativeSection s : sections) {
            NarrativeVersion v = latest.get(s.key());
            if (v != null && v.carriedOver()) {
                out.add(new Finding(
                        Severity.WARNING,
                        "narrative-draft",
                        where(s, v.version()),
                        Message.of("check.narrativeDraft.what", String.valueOf(v.carriedFrom())),
                        Message.of("check.narrativeDraft.fix"),
                        edit.formatted(s.key())));
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
}
