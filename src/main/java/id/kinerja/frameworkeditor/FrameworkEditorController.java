package id.kinerja.frameworkeditor;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Consolidation;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.FrameworkValidationException;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.ScoringKind;
import id.kinerja.frameworkeditor.internal.FormTree;
import id.kinerja.frameworkeditor.internal.FormView;
import id.kinerja.web.NumberParser;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The framework editor's pages (docs/user-guide.md, "Manual IKU tahun berikutnya"): everyone signed in reads and
 * exports the published versions; an HQ administrator copies one into a draft or imports a file, edits the draft in
 * forms (the header, perspectives and SS, one IKU per page, the predicate scale and colour bands) or as text,
 * previews it and publishes it. A form's fields are named by their path in the file ({@code f.<path>}), so the
 * loader's problems are shown next to their field.
 */
@Controller
@RequestMapping("/frameworks")
class FrameworkEditorController {

    private static final String FIELD = "f.";
    private static final String INDICATORS = "indicators";

    private final FrameworkDrafts drafts;
    private final FrameworkCatalog catalog;
    private final MessageSource messages;

    FrameworkEditorController(FrameworkDrafts drafts, FrameworkCatalog catalog, MessageSource messages) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.messages = messages;
    }

    // ------------------------------------------------------------------------------------------ published versions

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        boolean editor = drafts.canEdit(me);
        List<FrameworkVersion> versions = new ArrayList<>(catalog.all());
        versions.sort((a, b) -> a.year() != b.year()
                ? Integer.compare(b.year(), a.year())
                : a.code().equals(b.code())
                        ? Integer.compare(b.version(), a.version())
                        : a.code().compareTo(b.code()));
        model.addAttribute("versions", versions);
        model.addAttribute("editor", editor);
        model.addAttribute("drafts", editor ? drafts.open(me) : List.of());
        return "frameworks/list";
    }

    @GetMapping("/versions/{id}")
    String version(@PathVariable long id, Model model) {
        FrameworkVersion v = catalog.version(id).orElseThrow(() -> notFound());
        model.addAttribute("version", v);
        model.addAttribute("framework", catalog.framework(id));
        model.addAttribute("text", catalog.text(id).orElseThrow());
        return "frameworks/version";
    }

    /** The stored text of a version, byte for byte: the file it was loaded from or the draft it was published from. */
    @GetMapping("/versions/{id}/yaml")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        FrameworkVersion v = catalog.version(id).orElseThrow(() -> notFound());
        return yaml(v.code() + "-v" + v.version() + ".yaml", catalog.text(id).orElseThrow());
    }

    @PostMapping("/copy")
    String copy(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam long from,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            Integer y = year == null || year.isBlank() ? null : parseYear(year);
            FrameworkDraft d = drafts.copy(me, from, code, y, name);
            return "redirect:/frameworks/drafts/" + d.id();
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
            return "redirect:/frameworks";
        }
    }

    @PostMapping("/import")
    String importFile(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw UserError.invalid("framework.editor.error.noFile");
            }
            DraftCheck c = drafts.importText(me, new String(file.getBytes(), StandardCharsets.UTF_8));
            return "redirect:/frameworks/drafts/" + c.draft().id();
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        } catch (FrameworkValidationException e) {
            redirect.addFlashAttribute("error", e.text(locale));
        }
        return "redirect:/frameworks";
    }

    // ------------------------------------------------------------------------------------------------ one draft

    @GetMapping("/drafts/{id}")
    String draft(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model, Locale locale) {
        DraftCheck c = drafts.check(me, id);
        Map<String, Object> tree = drafts.tree(c.draft()).orElse(Map.of());
        Map<String, Object> header = new LinkedHashMap<>();
        for (String key : List.of("id", "year", "name", "organisation-type", "description", "cap")) {
            if (tree.containsKey(key)) {
                header.put(key, tree.get(key));
            }
        }
        fill(model, me, c, "", FormTree.fields(header, style(locale)), Map.of(), locale);
        model.addAttribute("tab", "header");
        model.addAttribute("indicators", indicatorRows(tree));
        model.addAttribute("history", drafts.history(me, id));
        return "frameworks/draft";
    }

    @PostMapping("/drafts/{id}/header")
    String header(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        List<String> keys = List.of("id", "year", "name", "organisation-type", "description", "cap");
        return saveForm(me, id, version, request, response, model, redirect, locale, "", "header", typed -> tree -> {
            Map<String, Object> out = new LinkedHashMap<>(tree);
            keys.forEach(out::remove);
            out.putAll(typed);
            return out;
        });
    }

    @GetMapping("/drafts/{id}/structure")
    String structure(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model, Locale locale) {
        DraftCheck c = drafts.check(me, id);
        Map<String, Object> tree = drafts.tree(c.draft()).orElse(Map.of());
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("perspectives", tree.get("perspectives"));
        section.put("objectives", tree.get("objectives"));
        fill(model, me, c, "", FormTree.fields(section, style(locale)), Map.of(), locale);
        model.addAttribute("tab", "structure");
        return "frameworks/structure";
    }

    @PostMapping("/drafts/{id}/structure")
    String saveStructure(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return saveForm(me, id, version, request, response, model, redirect, locale, "", "structure", typed -> tree -> {
            Map<String, Object> out = new LinkedHashMap<>(tree);
            out.put("perspectives", typed.getOrDefault("perspectives", List.of()));
            out.put("objectives", typed.getOrDefault("objectives", List.of()));
            return out;
        });
    }

    @GetMapping("/drafts/{id}/indicators/{n}")
    String indicator(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String n,
            Model model,
            Locale locale) {
        DraftCheck c = drafts.check(me, id);
        Map<String, Object> tree = drafts.tree(c.draft()).orElse(Map.of());
        List<?> list = tree.get(INDICATORS) instanceof List<?> l ? l : List.of();
        Integer index = index(n, list.size());
        Object section = index == null ? Map.of() : list.get(index);
        fill(
                model,
                me,
                c,
                index == null ? null : INDICATORS + "[" + index + "]",
                FormTree.fields(section, style(locale)),
                Map.of(),
                locale);
        indicatorModel(model, tree, index);
        return "frameworks/indicator";
    }

    @PostMapping("/drafts/{id}/indicators/{n}")
    String saveIndicator(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable String n,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Map<String, Object> tree = drafts.tree(drafts.check(me, id).draft()).orElse(Map.of());
        List<?> list = tree.get(INDICATORS) instanceof List<?> l ? l : List.of();
        Integer index = index(n, list.size());
        int at = index == null ? list.size() : index;
        String prefix = INDICATORS + "[" + at + "]";
        String page = saveForm(
                me, id, version, request, response, model, redirect, locale, prefix, prefix, typed -> current -> {
                    Map<String, Object> out = new LinkedHashMap<>(current);
                    List<Object> indicators =
                            new ArrayList<>(current.get(INDICATORS) instanceof List<?> l ? l : List.of());
                    if (at < indicators.size()) {
                        indicators.set(at, typed);
                    } else {
                        indicators.add(typed);
                    }
                    out.put(INDICATORS, indicators);
                    return out;
                });
        if (page.startsWith("redirect:")) {
            return "redirect:/frameworks/drafts/" + id + "/indicators/" + at;
        }
        indicatorModel(model, tree, index);
        return page;
    }

    @PostMapping("/drafts/{id}/indicators/{n}/delete")
    String deleteIndicator(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @PathVariable int n,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            drafts.saveTree(
                    me,
                    id,
                    version,
                    tree -> {
                        List<Object> indicators =
                                new ArrayList<>(tree.get(INDICATORS) instanceof List<?> l ? l : List.of());
                        if (n < 0 || n >= indicators.size()) {
                            throw new UserError(HttpStatus.NOT_FOUND, "framework.editor.error.noIndicator", n);
                        }
                        indicators.remove(n);
                        tree.put(INDICATORS, indicators);
                        return tree;
                    },
                    INDICATORS + "[" + n + "] -");
            redirect.addFlashAttribute("done", messages.getMessage("framework.editor.deleted", null, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:/frameworks/drafts/" + id;
    }

    @GetMapping("/drafts/{id}/scale")
    String scale(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model, Locale locale) {
        DraftCheck c = drafts.check(me, id);
        Map<String, Object> tree = drafts.tree(c.draft()).orElse(Map.of());
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("colour-bands", tree.get("colour-bands"));
        section.put("predicate-scale", tree.get("predicate-scale"));
        fill(model, me, c, "", FormTree.fields(section, style(locale)), Map.of(), locale);
        model.addAttribute("tab", "scale");
        return "frameworks/scale";
    }

    @PostMapping("/drafts/{id}/scale")
    String saveScale(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return saveForm(me, id, version, request, response, model, redirect, locale, "", "scale", typed -> tree -> {
            Map<String, Object> out = new LinkedHashMap<>(tree);
            for (String key : List.of("colour-bands", "predicate-scale")) {
                out.remove(key);
                if (typed.get(key) != null) {
                    out.put(key, typed.get(key));
                }
            }
            return out;
        });
    }

    @GetMapping("/drafts/{id}/yaml")
    String text(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model, Locale locale) {
        DraftCheck c = drafts.check(me, id);
        fill(model, me, c, "", Map.of(), Map.of(), locale);
        model.addAttribute("text", c.draft().content());
        model.addAttribute("tab", "yaml");
        return "frameworks/yaml";
    }

    @PostMapping("/drafts/{id}/yaml")
    String saveText(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String text,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        String normalised = text.replace("\r\n", "\n");
        try {
            DraftCheck saved = drafts.save(me, id, version, normalised, "yaml");
            redirect.addFlashAttribute("done", saved(saved, locale));
            return "redirect:/frameworks/drafts/" + id + "/yaml";
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
        } catch (FrameworkValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", e.getProblems());
        }
        DraftCheck c = drafts.check(me, id);
        fill(model, me, c, "", Map.of(), Map.of(), locale);
        model.addAttribute("text", normalised);
        model.addAttribute("tab", "yaml");
        return "frameworks/yaml";
    }

    @GetMapping("/drafts/{id}/yaml/download")
    ResponseEntity<byte[]> downloadDraft(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        FrameworkDraft d = drafts.check(me, id).draft();
        return yaml(d.code() + "-draft-" + d.id() + ".yaml", d.content());
    }

    @GetMapping("/drafts/{id}/preview")
    String preview(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Period period,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        DraftCheck c = drafts.check(me, id);
        fill(model, me, c, "", Map.of(), Map.of(), locale);
        model.addAttribute("tab", "preview");
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("period", period == null ? Period.Y : period);
        model.addAttribute("periods", Period.values());
        if (c.problems().isEmpty()) {
            try {
                Integer y = year == null || year.isBlank() ? null : parseYear(year);
                model.addAttribute("preview", drafts.preview(me, id, unit, y, period));
            } catch (UserError e) {
                response.setStatus(e.status().value());
                model.addAttribute("error", e.message(messages, locale));
            } catch (ResponseStatusException e) {
                response.setStatus(e.getStatusCode().value());
                model.addAttribute(
                        "error",
                        messages.getMessage("framework.editor.error.unknownUnit", new Object[] {unit}, locale));
            }
        }
        return "frameworks/preview";
    }

    @PostMapping("/drafts/{id}/publish")
    String publish(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            FrameworkVersion v = drafts.publish(me, id, version);
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "framework.editor.published", new Object[] {v.code(), v.version(), v.year()}, locale));
            return "redirect:/frameworks/versions/" + v.id();
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        } catch (FrameworkValidationException e) {
            redirect.addFlashAttribute("error", e.text(locale));
        }
        return "redirect:/frameworks/drafts/" + id;
    }

    @PostMapping("/drafts/{id}/discard")
    String discard(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            drafts.discard(me, id, version);
            redirect.addFlashAttribute("done", messages.getMessage("framework.editor.discarded", null, locale));
            return "redirect:/frameworks";
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
            return "redirect:/frameworks/drafts/" + id;
        }
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /**
     * Saves a form: its fields (by path, relative to {@code prefix}) read into a tree, numbers in the user's format;
     * a number that cannot be read refuses the whole form (nothing stored, the form shown again as typed with the
     * message at the field); otherwise the draft is changed by {@code edit} and saved, and the page shown again with
     * the loader's problems next to their fields.
     */
    private String saveForm(
            CurrentUser me,
            long id,
            int version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            Locale locale,
            String prefix,
            String section,
            java.util.function.Function<Map<String, Object>, UnaryOperator<Map<String, Object>>> edit) {
        // the right before the form: someone who may not edit is refused (403), never told how they typed a number
        if (!drafts.canEdit(me)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    messages.getMessage("framework.editor.error.notEditor", null, locale));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(FIELD) && values.length > 0) {
                typed.put(name.substring(FIELD.length()), values[values.length - 1]);
            }
        });
        FormTree.Read read = FormTree.read(typed, style(locale));
        String page = switch (section) {
            case "header" -> "frameworks/draft";
            case "structure" -> "frameworks/structure";
            case "scale" -> "frameworks/scale";
            default -> "frameworks/indicator";
        };
        String back = switch (section) {
            case "header" -> "";
            case "structure" -> "/structure";
            case "scale" -> "/scale";
            default -> "";
        };
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        String error = null;
        if (!read.unreadable().isEmpty()) {
            read.unreadable()
                    .forEach((path, text) -> fieldErrors.put(
                            path,
                            List.of(messages.getMessage(
                                    "framework.editor.error.number",
                                    new Object[] {text, NumberParser.expected(style(locale))},
                                    locale))));
            error = messages.getMessage("framework.editor.error.notSaved", null, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else {
            try {
                DraftCheck saved = drafts.saveTree(me, id, version, edit.apply(read.tree()), section);
                redirect.addFlashAttribute("done", saved(saved, locale));
                return "redirect:/frameworks/drafts/" + id + back;
            } catch (UserError e) {
                response.setStatus(e.status().value());
                error = e.message(messages, locale);
            } catch (FrameworkValidationException e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                error = e.text(locale);
            }
        }
        DraftCheck c = drafts.check(me, id);
        fill(model, me, c, prefix, typed, fieldErrors, locale);
        model.addAttribute("error", error);
        model.addAttribute("tab", section.startsWith(INDICATORS) ? "indicators" : section);
        if ("header".equals(section)) {
            Map<String, Object> tree = drafts.tree(c.draft()).orElse(Map.of());
            model.addAttribute("indicators", indicatorRows(tree));
            model.addAttribute("history", drafts.history(me, id));
        }
        return page;
    }

    private String saved(DraftCheck saved, Locale locale) {
        return saved.problems().isEmpty()
                ? messages.getMessage("framework.editor.saved", null, locale)
                : messages.getMessage(
                        "framework.editor.savedWithProblems",
                        new Object[] {saved.problems().size()},
                        locale);
    }

    /**
     * The model of every draft page: the draft, its problems (all; those of this page's section by field), the form's
     * values and the options of the select fields.
     */
    private void fill(
            Model model,
            CurrentUser me,
            DraftCheck c,
            String prefix,
            Map<String, String> values,
            Map<String, List<String>> extraErrors,
            Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>(extraErrors);
        List<FrameworkProblem> section = new ArrayList<>();
        for (FrameworkProblem p : c.problems()) {
            String path = p.path() == null ? "" : p.path();
            String relative = relative(prefix, path);
            if (relative != null) {
                section.add(p);
                errors.computeIfAbsent(relative, k -> new ArrayList<>()).add(p.text(locale));
            }
        }
        model.addAttribute("draft", c.draft());
        model.addAttribute("check", c);
        model.addAttribute("problems", c.problems());
        model.addAttribute("sectionProblems", section);
        model.addAttribute("f", new FormView(values, errors));
        model.addAttribute("units", names(MeasurementUnit.values()));
        model.addAttribute("polarities", names(Polarity.values()));
        model.addAttribute("consolidations", names(Consolidation.values()));
        model.addAttribute("scorings", names(ScoringKind.values()));
        model.addAttribute(
                "componentScorings",
                List.of(ScoringKind.RATIO.fileName(), ScoringKind.REALIZATION_IS_INDEX.fileName()));
        model.addAttribute(
                "basedOn",
                c.draft().basedOnVersionId() == null
                        ? null
                        : catalog.version(c.draft().basedOnVersionId()).orElse(null));
    }

    /** A problem's path relative to a page's section, or null when it is not on that page. */
    static String relative(String prefix, String path) {
        if (prefix == null) {
            return null;
        }
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.equals(prefix)) {
            return "";
        }
        return path.startsWith(prefix + ".") ? path.substring(prefix.length() + 1) : null;
    }

    /** The IKU of a document for the draft's list: index, code, SS and name. */
    record IndicatorRow(int index, String code, String objective, String name) {}

    static List<IndicatorRow> indicatorRows(Map<String, Object> tree) {
        List<IndicatorRow> rows = new ArrayList<>();
        if (tree.get(INDICATORS) instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Map<?, ?> m = item instanceof Map<?, ?> map ? map : Map.of();
                rows.add(new IndicatorRow(i, text(m.get("code")), text(m.get("objective")), text(m.get("name"))));
            }
        }
        return rows;
    }

    private void indicatorModel(Model model, Map<String, Object> tree, Integer index) {
        // the tab "IKU baru" is the page of a new IKU; an IKU's own page is marked in the row of IKU codes
        model.addAttribute("tab", index == null ? "indicators" : "indicator");
        model.addAttribute("index", index);
        model.addAttribute("indicators", indicatorRows(tree));
        List<String> objectives = new ArrayList<>();
        if (tree.get("objectives") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("code") != null) {
                    objectives.add(String.valueOf(m.get("code")));
                }
            }
        }
        model.addAttribute("objectives", objectives);
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** "new", or the index of an IKU of the document (404 otherwise). */
    private static Integer index(String n, int size) {
        if ("new".equals(n)) {
            return null;
        }
        try {
            int i = Integer.parseInt(n);
            if (i >= 0 && i < size) {
                return i;
            }
        } catch (NumberFormatException e) {
            // not an index: 404 below
        }
        throw notFound();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> switch (v) {
                    case MeasurementUnit u -> u.fileName();
                    case Polarity p -> p.fileName();
                    case Consolidation c -> c.fileName();
                    case ScoringKind s -> s.fileName();
                    default -> v.name();
                })
                .toList();
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw UserError.invalid("framework.editor.error.year", year.strip());
        }
    }

    private static NumberParser.Style style(Locale locale) {
        return NumberParser.Style.of(locale);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static ResponseEntity<byte[]> yaml(String filename, String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
