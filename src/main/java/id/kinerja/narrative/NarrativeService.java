package id.kinerja.narrative;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's prose for the documents. {@link #texts} is what the LAKIN prints: the latest version of each
 * section with its placeholders ({@link Placeholders}) replaced by the official figures. {@link #save} is the only
 * way prose is stored: sanitised ({@link NarrativeHtml}), refused when it names an unknown placeholder or was
 * based on an outdated version, appended as a new version and audited. In bulk (issue 12 item 6) a whole file's
 * sections are planned ({@link #planImport}, nothing written) and applied through the same path, all or nothing
 * ({@link #applyImport}); {@link #carryOver} starts a year from last year's text as drafts.
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
            throw unknownError(rendered);
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

    /**
     * A section as a file brings it back.
     *
     * @param key         the section key the heading or row names
     * @param content     the text as read (XHTML or plain text), not yet sanitised
     * @param baseVersion the version the section had when the file was exported (0: not written then)
     * @param where       where it is in the file, for messages: the heading's text or "baris 7"
     */
    public record Incoming(String key, String content, int baseVersion, String where) {}

    /**
     * What importing these sections would change in a unit's year, without writing anything: every key must be a
     * section of the year and appear once (else the whole file is refused naming the heading or row); the text is
     * sanitised as the editor does; a section whose text is the same, or empty in the file, stays as it is.
     *
     * @param mayEdit whether the importing user may write a section
     * @throws NarrativeFileRejected naming every unknown or repeated key
     */
    @Transactional(readOnly = true)
    public NarrativeImport planImport(
            long unitId, int year, String fileName, List<Incoming> incoming, Predicate<NarrativeSection> mayEdit) {
        List<NarrativeSection> sections = sections(unitId, year);
        Map<String, NarrativeSection> byKey = new LinkedHashMap<>();
        sections.forEach(s -> byKey.put(s.key(), s));
        List<MessageSourceResolvable> refused = new ArrayList<>();
        Map<String, Incoming> seen = new LinkedHashMap<>();
        for (Incoming in : incoming) {
            if (!byKey.containsKey(in.key())) {
                refused.add(Placeholders.message("narrative.file.unknownKey", in.where(), in.key(), year));
            } else if (seen.containsKey(in.key())) {
                refused.add(Placeholders.message(
                        "narrative.file.duplicateKey",
                        in.where(),
                        in.key(),
                        seen.get(in.key()).where()));
            } else {
                seen.put(in.key(), in);
            }
        }
        if (!refused.isEmpty()) {
            throw new NarrativeFileRejected(refused);
        }
        Map<String, NarrativeVersion> latest = repository.latestAll(unitId, year);
        Placeholders.Values values = values(unitId, year);
        List<NarrativeImport.Change> changes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int unchanged = 0;
        for (NarrativeSection s : sections) {
            Incoming in = seen.get(s.key());
            if (in == null) {
                continue;
            }
            String clean = NarrativeHtml.sanitise(in.content());
            NarrativeVersion current = latest.get(s.key());
            if (clean.isBlank() || NarrativeHtml.text(clean).isBlank()) {
                if (current != null) {
                    kept.add(s.title());
                }
                continue;
            }
            if (current != null && NarrativeHtml.sameText(clean, current.content())) {
                unchanged++;
                continue;
            }
            int currentVersion = current == null ? 0 : current.version();
            String conflict = currentVersion == in.baseVersion()
                    ? null
                    : messages.getMessage(
                            "narrative.import.conflict",
                            new Object[] {in.baseVersion(), currentVersion, current == null ? "-" : current.author()},
                            NumberParser.userLocale());
            Placeholders.Rendered rendered = Placeholders.render(clean, values);
            List<String> refusals = new ArrayList<>();
            if (!mayEdit.test(s)) {
                refusals.add(messages.getMessage("narrative.import.notAllowed", null, NumberParser.userLocale()));
            }
            if (!rendered.unknown().isEmpty()) {
                refusals.add(unknownError(rendered).message(messages, NumberParser.userLocale()));
            }
            // values not there yet print as a dash: said, but no refusal (the editor saves them too)
            List<String> problems = rendered.unknown().isEmpty() ? problemTexts(rendered.problems()) : List.of();
            changes.add(new NarrativeImport.Change(
                    s,
                    current == null ? NarrativeImport.Kind.NEW : NarrativeImport.Kind.CHANGED,
                    current == null ? "" : current.content(),
                    currentVersion,
                    clean,
                    in.baseVersion(),
                    conflict,
                    List.copyOf(refusals),
                    problems));
        }
        return new NarrativeImport(unitId, year, fileName, List.copyOf(changes), List.copyOf(kept), unchanged);
    }

    /**
     * Writes every change of a previewed import, all or nothing: each through the editor's save (sanitised, checked
     * against the version of the export, a new version, audited as an import of the file). One section saved on the
     * web meanwhile, or any refusal, and nothing is written.
     *
     * @throws UserError {@code narrative.import.notApplicable} when the preview showed a conflict or a refusal, or
     *                   the save's own refusals (the conflict names its section)
     */
    @Transactional
    public List<Saved> applyImport(NarrativeImport plan, String author) {
        if (!plan.applicable()) {
            throw UserError.conflict("narrative.import.notApplicable");
        }
        List<Saved> saved = new ArrayList<>();
        for (NarrativeImport.Change c : plan.changes()) {
            try {
                saved.add(store(
                        plan.unitId(),
                        plan.year(),
                        c.section(),
                        c.newContent(),
                        c.baseVersion(),
                        author,
                        AuditAction.IMPORT_NARRATIVE,
                        "impor berkas " + plan.fileName()));
            } catch (UserError e) {
                throw new UserError(
                        e.status(),
                        "narrative.import.refusedSection",
                        c.section().title(),
                        new DefaultMessageSourceResolvable(new String[] {e.code()}, e.args(), e.code()));
            }
        }
        return List.copyOf(saved);
    }

    /**
     * The outcome of starting a year from last year's narratives.
     *
     * @param copied       titles of the sections copied (now drafts of this year)
     * @param alreadyThere titles of the sections left alone because this year's is written
     * @param notThisYear  keys of last year's sections that are not sections of this year (e.g. an IKU dropped)
     */
    public record CarriedOver(List<String> copied, List<String> alreadyThere, List<String> notThisYear) {}

    /**
     * "Mulai dari narasi tahun lalu": copies the newest version of every written section of {@code year - 1} whose key
     * is a section of {@code year} into {@code year} where this year's is not written yet, as a version marked as
     * carried over (a draft that needs review until saved again), each audited; all or nothing.
     *
     * @throws UserError {@code narrative.carry.nothingLastYear} when last year has no narrative,
     *                   {@code narrative.error.conflict} when someone wrote a section meanwhile (nothing is copied)
     */
    @Transactional
    public CarriedOver carryOver(long unitId, int year, String author) {
        Map<String, NarrativeVersion> last = repository.latestAll(unitId, year - 1);
        if (last.isEmpty()) {
            throw UserError.invalid("narrative.carry.nothingLastYear", String.valueOf(year - 1));
        }
        Map<String, NarrativeVersion> current = repository.latestAll(unitId, year);
        List<NarrativeSection> sections = sections(unitId, year);
        Set<String> keys = new HashSet<>();
        List<String> copied = new ArrayList<>();
        List<String> alreadyThere = new ArrayList<>();
        for (NarrativeSection s : sections) {
            keys.add(s.key());
            NarrativeVersion old = last.get(s.key());
            if (old == null) {
                continue;
            }
            if (current.containsKey(s.key())) {
                alreadyThere.add(s.title());
                continue;
            }
            int version = repository
                    .append(unitId, year, s.key(), old.content(), author, 0, year - 1)
                    .orElseThrow(() -> UserError.conflict(
                            "narrative.error.conflict",
                            repository
                                    .latest(unitId, year, s.key())
                                    .map(NarrativeVersion::version)
                                    .orElse(0),
                            0));
            audit.record(
                    author,
                    unitId,
                    "narrative",
                    year + "/" + s.key(),
                    AuditAction.CARRY_OVER,
                    null,
                    old.content(),
                    "disalin dari tahun " + (year - 1) + " versi " + old.version() + "; versi " + version
                            + " (draf, perlu ditinjau)");
            copied.add(s.title());
        }
        List<String> notThisYear =
                last.keySet().stream().filter(k -> !keys.contains(k)).sorted().toList();
        return new CarriedOver(List.copyOf(copied), List.copyOf(alreadyThere), notThisYear);
    }

    /** The unit's performance administrator and head: every section; a PIC: the blocks of their own IKU. */
    public static boolean mayEdit(CurrentUser me, Unit unit, NarrativeSection section) {
        if (me.unitId() != unit.id()) {
            return false;
        }
        if (me.has(Role.PERFORMANCE_ADMIN) || me.has(Role.HEAD)) {
            return true;
        }
        return section.perIndicator() && me.has(Role.PIC) && me.indicatorCodes().contains(section.indicatorCode());
    }

    private static UserError unknownError(Placeholders.Rendered rendered) {
        return UserError.invalid(
                "narrative.error.unknown",
                String.join(
                        ", ",
                        rendered.unknown().stream()
                                .map(n -> n.startsWith("{{") || n.endsWith("}}") ? n : "{{" + n + "}}")
                                .toList()));
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
