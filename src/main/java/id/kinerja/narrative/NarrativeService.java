package id.kinerja.narrative;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.framework.Period;
import id.kinerja.narrative.internal.NarrativeRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Formats;
import id.kinerja.web.NumberParser;
import id.kinerja.web.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's prose for the documents. {@link #texts} is what the LAKIN prints: the latest version of each
 * section with its placeholders ({@link Placeholders}) replaced by the official figures. {@link #save} is the only
 * way prose is stored: sanitised ({@link NarrativeHtml}), refused when it names an unknown placeholder or was
 * based on an outdated version, appended as a new version and audited.
 */
@Service
public class NarrativeService {

    /** The outcome of a save: the version written, and the problems its placeholders have now (e.g. no value yet). */
    public record Saved(int version, String content, List<String> problems) {}

    private final NarrativeRepository repository;
    private final Units units;
    private final Agreements agreements;
    private final ScorecardService scorecards;
    private final RevenueService revenue;
    private final BudgetService budget;
    private final Formats formats;
    private final AuditLog audit;
    private final MessageSource messages;

    NarrativeService(
            NarrativeRepository repository,
            Units units,
            Agreements agreements,
            ScorecardService scorecards,
            RevenueService revenue,
            BudgetService budget,
            Formats formats,
            AuditLog audit,
            MessageSource messages) {
        this.messages = messages;
        this.repository = repository;
        this.units = units;
        this.agreements = agreements;
        this.scorecards = scorecards;
        this.revenue = revenue;
        this.budget = budget;
        this.formats = formats;
        this.audit = audit;
    }

    /** The printable text of each section (in the order given), for a unit's year. */
    @Transactional(readOnly = true)
    public Map<String, NarrativeText> texts(long unitId, int year, List<NarrativeSection> sections) {
        return texts(unitId, year, sections, values(unitId, year));
    }

    /** The same, with placeholder values the caller already has (a document that computed the figures itself). */
    @Transactional(readOnly = true)
    public Map<String, NarrativeText> texts(
            long unitId, int year, List<NarrativeSection> sections, Placeholders.Values values) {
        Map<String, NarrativeVersion> latest = repository.latestAll(unitId, year);
        Map<String, NarrativeText> out = new LinkedHashMap<>();
        for (NarrativeSection s : sections) {
            NarrativeVersion v = latest.get(s.key());
            out.put(s.key(), v == null ? new NarrativeText(s, "", 0, List.of()) : text(s, v, values));
        }
        return out;
    }

    /** All sections of a unit's year: the fixed ones and the blocks of every IKU of the agreement in force. */
    @Transactional(readOnly = true)
    public List<NarrativeSection> sections(long unitId, int year) {
        return NarrativeSections.forIndicators(indicatorCodes(unitId, year));
    }

    /** The IKU of the agreement in force, in its order; empty when there is none. */
    public List<String> indicatorCodes(long unitId, int year) {
        return agreements
                .findCurrent(unitId, year)
                .map(a -> a.indicators().stream()
                        .map(PerformanceAgreement.Indicator::code)
                        .toList())
                .orElse(List.of());
    }

    /** One stored version rendered (the editor's history and preview). */
    public NarrativeText text(NarrativeSection section, NarrativeVersion v, Placeholders.Values values) {
        Placeholders.Rendered r = Placeholders.render(v.content(), values);
        return new NarrativeText(section, r.xhtml(), v.version(), problemTexts(r.problems()));
    }

    /** The newest stored version of a section of a unit's year, if any. */
    public Optional<NarrativeVersion> latest(long unitId, int year, String sectionKey) {
        return repository.latest(unitId, year, sectionKey);
    }

    /** The newest version of every written section of a unit's year, by section key. */
    public Map<String, NarrativeVersion> latestAll(long unitId, int year) {
        return repository.latestAll(unitId, year);
    }

    /** Every version of a section of a unit's year, newest first. */
    public List<NarrativeVersion> history(long unitId, int year, String sectionKey) {
        return repository.history(unitId, year, sectionKey);
    }

    /**
     * Appends a version after the newest one without the editor's conflict check and audit (the demo loader, tests: no
     * concurrent editor); returns its number. The editor saves with {@link #save}.
     */
    public int append(long unitId, int year, String sectionKey, String content, String author) {
        return repository.append(unitId, year, sectionKey, content, author);
    }

    /** Unsaved content as it would print, and its placeholder problems in the reader's language. */
    public record Preview(String xhtml, List<String> problems) {}

    /** Renders unsaved content (the editor's preview): sanitised, placeholders resolved. */
    @Transactional(readOnly = true)
    public Preview preview(long unitId, int year, String content) {
        Placeholders.Rendered r = Placeholders.render(NarrativeHtml.sanitise(content), values(unitId, year));
        return new Preview(r.xhtml(), problemTexts(r.problems()));
    }

    /** The placeholder values of a unit's year, computed once per call of a page or document. */
    @Transactional(readOnly = true)
    public Placeholders.Values values(long unitId, int year) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NoSuchElementException("unit " + unitId));
        ScoringContext context;
        try {
            context = scorecards.context(unit.code(), year);
        } catch (ScorecardNotFoundException e) {
            context = null;
        }
        ScoringContext c = context;
        return new PlaceholderValues(
                unit,
                year,
                c,
                p -> scorecards.score(c, p).scorecard(),
                revenue.year(unitId, year),
                budget.year(unitId, year),
                formats);
    }

    /** Placeholder values from figures already computed: the year's context, its scored periods, revenue and DIPA. */
    public Placeholders.Values values(
            ScoringContext context, Map<Period, Scorecard> scored, RevenueYear revenue, BudgetYear budget) {
        return new PlaceholderValues(
                context.unit(),
                context.year(),
                context,
                p -> scored.containsKey(p)
                        ? scored.get(p)
                        : scorecards.score(context, p).scorecard(),
                revenue,
                budget,
                formats);
    }

    /** Placeholder problems in the reader's language (the request's locale, Indonesian by default). */
    public List<String> problemTexts(List<MessageSourceResolvable> problems) {
        Locale locale = NumberParser.userLocale();
        return problems.stream().map(p -> messages.getMessage(p, locale)).toList();
    }

    /**
     * Stores a new version of a section.
     *
     * @param baseVersion the version the author started from (0 for a new section)
     * @throws UserError {@code narrative.error.unknown} naming the unknown placeholders (400),
     *                   {@code narrative.error.conflict} when someone saved a newer version meanwhile (409),
     *                   {@code narrative.error.empty} for an empty text (400)
     */
    @Transactional
    public Saved save(long unitId, int year, NarrativeSection section, String content, int baseVersion, String author) {
        return store(unitId, year, section, content, baseVersion, author, AuditAction.SAVE, null);
    }

    private Saved store(
            long unitId,
            int year,
            NarrativeSection section,
            String content,
            int baseVersion,
            String author,
            AuditAction action,
            String reason) {
        String clean = NarrativeHtml.sanitise(content);
        if (clean.isBlank() || NarrativeHtml.text(clean).isBlank()) {
            throw UserError.invalid("narrative.error.empty");
        }
        Placeholders.Rendered rendered = Placeholders.render(clean, values(unitId, year));
        if (!rendered.unknown().isEmpty()) {
            throw UserError.invalid(
                    "narrative.error.unknown",
                    String.join(
                            ", ",
                            rendered.unknown().stream()
                                    .map(n -> n.startsWith("{{") || n.endsWith("}}") ? n : "{{" + n + "}}")
                                    .toList()));
        }
        int current = repository
                .latest(unitId, year, section.key())
                .map(NarrativeVersion::version)
                .orElse(0);
        if (current != baseVersion) {
            throw UserError.conflict("narrative.error.conflict", current, baseVersion);
        }
        String old = repository
                .latest(unitId, year, section.key())
                .map(NarrativeVersion::content)
                .orElse(null);
        // the check above gives the usual message; the insert itself decides between saves that passed it at once
        int version = repository
                .append(unitId, year, section.key(), clean, author, baseVersion)
                .orElseThrow(() -> UserError.conflict(
                        "narrative.error.conflict",
                        repository
                                .latest(unitId, year, section.key())
                                .map(NarrativeVersion::version)
                                .orElse(0),
                        baseVersion));
        audit.record(
                author,
                unitId,
                "narrative",
                year + "/" + section.key(),
                action,
                old,
                clean,
                reason == null ? "versi " + version : reason + "; versi " + version);
        return new Saved(version, clean, problemTexts(rendered.problems()));
    }

    /** Saves an old version again as the newest one. */
    @Transactional
    public Saved restore(long unitId, int year, NarrativeSection section, int version, int baseVersion, String author) {
        NarrativeVersion old = repository.history(unitId, year, section.key()).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> UserError.invalid("narrative.error.noVersion", version));
        return store(
                unitId,
                year,
                section,
                old.content(),
                baseVersion,
                author,
                AuditAction.RESTORE,
                "dipulihkan dari versi " + version);
    }
}
