package id.kinerja.narrative;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.ExpiredSessionForms;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.UnitYears;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.narrative.internal.NarrativeRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The narrative editor: {@code GET /units/{code}/narratives?year=} lists every section of the year's LAKIN with its
 * status; {@code GET /units/{code}/narratives/{key}?year=[&version=]} edits one (or shows an old version);
 * {@code POST} there saves (or, with {@code action=preview}, only previews); {@code POST .../restore} saves an old
 * version again. Everyone who may view the unit may read; the unit's performance administrator and head may write
 * every section, a PIC the blocks of their own IKU.
 */
@Controller
class NarrativeController {

    /** The largest text the editor sends (UTF-8 bytes); it refuses more before sending (issue 10 item 7). */
    static final int MAX_CONTENT_BYTES = 2 * 1024 * 1024;

    /** One section on the list page. */
    record Row(NarrativeSection section, NarrativeVersion latest, List<String> problems, boolean canEdit) {}

    /** A chapter, or one IKU's blocks, on the list page. */
    record Group(String title, List<Row> rows) {
        public long written() {
            return rows.stream().filter(r -> r.latest() != null).count();
        }
    }

    private final UnitAccess access;
    private final NarrativeService narratives;
    private final NarrativeRepository repository;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;
    private final MessageSource messages;
    private final long sessionSeconds;
    private final UnitYears unitYears;

    private final Deadlines deadlines;

    NarrativeController(
            UnitAccess access,
            NarrativeService narratives,
            NarrativeRepository repository,
            Agreements agreements,
            FrameworkCatalog frameworks,
            MessageSource messages,
            UnitYears unitYears,
            Deadlines deadlines,
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout:30m}")
                    java.time.Duration sessionTimeout) {
        this.sessionSeconds = sessionTimeout.toSeconds();
        this.unitYears = unitYears;
        this.deadlines = deadlines;
        this.access = access;
        this.narratives = narratives;
        this.repository = repository;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/narratives")
    String list(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model,
            Locale locale) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        List<NarrativeSection> sections = narratives.sections(unit.id(), y);
        Map<String, NarrativeText> texts = narratives.texts(unit.id(), y, sections);
        Map<String, NarrativeVersion> latest = repository.latestAll(unit.id(), y);
        Framework framework = agreements
                .findCurrent(unit.id(), y)
                .map(a -> frameworks.framework(a.frameworkVersionId()))
                .orElse(null);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (NarrativeSection s : sections) {
            String title;
            if (s.perIndicator()) {
                Indicator ind = framework == null ? null : framework.indicator(s.indicatorCode());
                title = messages.getMessage(
                        "narrative.group.iku", new Object[] {s.indicatorCode(), ind == null ? "" : ind.name()}, locale);
            } else {
                title = messages.getMessage("narrative.chapter." + s.chapter(), null, locale);
            }
            String groupKey = s.perIndicator() ? "iku." + s.indicatorCode() : s.chapter();
            groups.computeIfAbsent(groupKey, k -> new Group(title, new ArrayList<>()))
                    .rows()
                    .add(new Row(s, latest.get(s.key()), texts.get(s.key()).problems(), canEdit(me, unit, s)));
        }
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("period", Period.Y);
        model.addAttribute("years", UnitYears.choices(agreements.yearsOf(unit.id()), y));
        model.addAttribute("groups", groups.values());
        model.addAttribute(
                "deadline",
                deadlines.dueDate(unit.id(), y, DeadlineKind.LAKIN, Period.Y).orElse(null));
        model.addAttribute("hasAgreement", framework != null);
        model.addAttribute("mayWriteAll", NarrativeBulkController.mayWriteAll(me, unit));
        model.addAttribute(
                "drafts",
                latest.values().stream().filter(NarrativeVersion::carriedOver).count());
        return "narrative/list";
    }

    @GetMapping("/units/{code}/narratives/{key}")
    String edit(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String key,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String saved,
            Model model,
            HttpServletRequest request) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        NarrativeSection section = section(unit, y, key);
        NarrativeVersion latest = repository.latest(unit.id(), y, key).orElse(null);
        fill(
                model,
                me,
                unit,
                y,
                section,
                latest == null ? "" : latest.content(),
                latest == null ? 0 : latest.version());
        model.addAttribute("justSaved", saved != null);
        // the text sent after the session had ended (ExpiredSessionForms), back unsaved after signing in again
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ExpiredSessionForms.take(request, path)
                .filter(k -> canEdit(me, unit, section))
                .ifPresent(k -> {
                    model.addAttribute(
                            "typedText", NarrativeHtml.sanitise(k.fields().getOrDefault("content", "")));
                    model.addAttribute("baseVersion", parseVersion(k.fields().get("baseVersion")));
                    model.addAttribute("keptAfterExpiry", true);
                });
        if (version != null) {
            NarrativeVersion old = repository.history(unit.id(), y, key).stream()
                    .filter(v -> v.version() == version)
                    .findFirst()
                    .orElseThrow(
                            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Versi tidak ada: " + version));
            model.addAttribute("viewed", narratives.text(section, old, narratives.values(unit.id(), y)));
            model.addAttribute("viewedVersion", old);
        }
        return "narrative/edit";
    }

    @PostMapping("/units/{code}/narratives/{key}")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String key,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) Integer baseVersion,
            @RequestParam(required = false) String action,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        NarrativeSection section = section(unit, y, key);
        UnitAccess.require(canEdit(me, unit, section));
        String typed = content == null ? "" : content;
        int base = baseVersion == null ? 0 : baseVersion;
        if ("preview".equals(action)) {
            fill(model, me, unit, y, section, NarrativeHtml.sanitise(typed), base);
            model.addAttribute("preview", narratives.preview(unit.id(), y, typed));
            return "true".equals(htmx) ? "narrative/edit :: preview" : "narrative/edit";
        }
        try {
            NarrativeService.Saved saved = narratives.save(unit.id(), y, section, typed, base, me.username());
            return "redirect:/units/" + unit.code() + "/narratives/" + section.key() + "?year=" + y + "&saved="
                    + saved.version();
        } catch (UserError e) {
            return refused(e, model, me, unit, y, section, NarrativeHtml.sanitise(typed), base, locale, response);
        }
    }

    @PostMapping("/units/{code}/narratives/{key}/restore")
    String restore(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String key,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer baseVersion,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        NarrativeSection section = section(unit, y, key);
        UnitAccess.require(canEdit(me, unit, section));
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Versi yang dipulihkan tidak disebut");
        }
        int base = baseVersion == null ? 0 : baseVersion;
        try {
            NarrativeService.Saved saved = narratives.restore(unit.id(), y, section, version, base, me.username());
            return "redirect:/units/" + unit.code() + "/narratives/" + section.key() + "?year=" + y + "&saved="
                    + saved.version();
        } catch (UserError e) {
            String current = repository
                    .latest(unit.id(), y, key)
                    .map(NarrativeVersion::content)
                    .orElse("");
            return refused(e, model, me, unit, y, section, current, base, locale, response);
        }
    }

    private String refused(
            UserError e,
            Model model,
            CurrentUser me,
            Unit unit,
            int year,
            NarrativeSection section,
            String typed,
            int base,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(e.status().value());
        int current = repository
                .latest(unit.id(), year, section.key())
                .map(NarrativeVersion::version)
                .orElse(0);
        boolean conflict = e.code().equals("narrative.error.conflict");
        // after a conflict the form is based on the newest version: saving again overwrites it knowingly
        fill(model, me, unit, year, section, typed, conflict ? current : base);
        model.addAttribute("error", e.message(messages, locale));
        if (conflict) {
            repository.latest(unit.id(), year, section.key()).ifPresent(v -> model.addAttribute("theirs", v));
        }
        return "narrative/edit";
    }

    private void fill(
            Model model,
            CurrentUser me,
            Unit unit,
            int year,
            NarrativeSection section,
            String content,
            int baseVersion) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
        model.addAttribute("section", section);
        model.addAttribute("typedText", content);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("canEdit", canEdit(me, unit, section));
        model.addAttribute("history", repository.history(unit.id(), year, section.key()));
        repository
                .latest(unit.id(), year, section.key())
                .ifPresent(v ->
                        model.addAttribute("current", narratives.text(section, v, narratives.values(unit.id(), year))));
        model.addAttribute("placeholderExamples", examples(unit, year, section));
        model.addAttribute("maxContentBytes", MAX_CONTENT_BYTES);
        model.addAttribute("sessionSeconds", sessionSeconds);
    }

    private static int parseVersion(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Examples of placeholders for the help box: the IKU's own for an IKU block, the organisation's otherwise. */
    private static List<String> examples(Unit unit, int year, NarrativeSection section) {
        if (section.perIndicator()) {
            String c = section.indicatorCode();
            return List.of(
                    "{{iku." + c + ".target.Y}}",
                    "{{iku." + c + ".realisasi.Y}}",
                    "{{iku." + c + ".indeks.Y}}",
                    "{{iku." + c + ".realisasi.Q4}}");
        }
        return List.of(
                "{{nko.Y}}",
                "{{predikat.Y}}",
                "{{ss.SS1.Y}}",
                "{{perspektif.STAKEHOLDER.Y}}",
                "{{tahun}}",
                "{{unit.nama}}",
                "{{unit.wilayah}}",
                "{{kepala.nama}}",
                "{{kepala.jabatan}}",
                "{{penerimaan.realisasi}}",
                "{{penerimaan.capaian}}",
                "{{anggaran.pagu}}",
                "{{anggaran.penyerapan}}");
    }

    /** The section of the key among the year's sections (an IKU outside the agreement is not one): else 404. */
    private NarrativeSection section(Unit unit, int year, String key) {
        return narratives.sections(unit.id(), year).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Bagian narasi tidak dikenal untuk tahun " + year + ": " + key));
    }

    /** The unit's performance administrator and head: every section; a PIC: the blocks of their own IKU. */
    static boolean canEdit(CurrentUser me, Unit unit, NarrativeSection section) {
        return NarrativeService.mayEdit(me, unit, section);
    }

    private int year(Unit unit, Integer year) {
        return unitYears.open(unit, year, agreements.yearsOf(unit.id()));
    }
}
