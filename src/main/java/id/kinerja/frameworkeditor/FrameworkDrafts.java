package id.kinerja.frameworkeditor;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.FrameworkValidationException;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.frameworkeditor.internal.FrameworkDraftRepository;
import id.kinerja.frameworkeditor.internal.YamlTree;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Target;
import id.kinerja.web.RequestRefusal;
import id.kinerja.web.UserError;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Next year's Manual IKU made in the application (docs/domain.md §3): an HQ administrator copies a published
 * framework into a draft (or imports a file), edits it (the form editor, the text, the API or the command line all
 * save its YAML text here), previews it on a sample agreement and publishes it as a new, immutable framework version
 * ({@link FrameworkCatalog#publish}). Every save is checked by the file loader itself, so the problems and their
 * messages are the loader's; a draft with problems is kept (it is work in progress) but cannot be published. Every
 * write is audited (entity {@code framework-draft}, key {@code draft-<id>/<code>}; the publication as entity
 * {@code framework}, key {@code <code>/v<version>}).
 */
@Service
public class FrameworkDrafts {

    /** The audit trail's entity of a draft. */
    public static final String ENTITY = "framework-draft";

    static final String PUBLISHED_ENTITY = "framework";

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FrameworkDraftRepository drafts;
    private final FrameworkCatalog catalog;
    private final AuditLog audit;
    private final Units units;
    private final UnitAccess access;
    private final ScorecardService scorecards;

    FrameworkDrafts(
            FrameworkDraftRepository drafts,
            FrameworkCatalog catalog,
            AuditLog audit,
            Units units,
            UnitAccess access,
            ScorecardService scorecards) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.audit = audit;
        this.units = units;
        this.access = access;
        this.scorecards = scorecards;
    }

    /** Who edits and publishes frameworks: an administrator at headquarters (the unit of type HQ). */
    public boolean canEdit(CurrentUser user) {
        return user != null
                && user.has(Role.ADMINISTRATOR)
                && units.findById(user.unitId())
                        .map(Unit::type)
                        .filter(t -> t == UnitType.HQ)
                        .isPresent();
    }

    private void requireEdit(CurrentUser user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("Hanya administrator Kantor Pusat yang dapat mengubah manual IKU");
        }
    }

    /** The drafts being edited (HQ administrators only). */
    public List<FrameworkDraft> open(CurrentUser user) {
        requireEdit(user);
        return drafts.open();
    }

    /** A draft with its problems (HQ administrators only); unknown: 404. */
    public DraftCheck check(CurrentUser user, long id) {
        requireEdit(user);
        FrameworkDraft draft = drafts.find(id).orElseThrow(() -> notFound(id));
        return new DraftCheck(draft, problems(draft.code(), draft.content()));
    }

    /** The draft's audit trail, newest first. */
    public List<AuditEvent> history(CurrentUser user, long id) {
        requireEdit(user);
        return audit.findWithoutUnit(ENTITY, key(id, ""));
    }

    /** The problems of a text, as the file loader reports them for a file of that name. */
    public List<FrameworkProblem> problems(String code, String text) {
        return catalog.problems(sourceName(code), text);
    }

    /**
     * A new draft copied from a published version, with its code, year and name changed (every other character of
     * the text is kept): "2025 from 2024", or the same code and year for the next version of a published framework.
     */
    @Transactional
    public FrameworkDraft copy(CurrentUser user, long fromVersionId, String code, Integer year, String name) {
        requireEdit(user);
        FrameworkVersion from = catalog.version(fromVersionId)
                .orElseThrow(
                        () -> new UserError(HttpStatus.NOT_FOUND, "framework.editor.error.noVersion", fromVersionId));
        String newCode = code == null || code.isBlank() ? from.code() : code.strip();
        int newYear = year == null ? from.year() : year;
        String newName = name == null || name.isBlank() ? from.name() : name.strip();
        if (!CODE.matcher(newCode).matches()) {
            throw UserError.invalid("framework.editor.error.code", newCode);
        }
        if (newYear < 2000 || newYear > 2100) {
            throw UserError.invalid("framework.editor.error.year", newYear);
        }
        if (newName.length() > 255) {
            throw UserError.invalid("framework.editor.error.name", 255);
        }
        String text = catalog.text(fromVersionId).orElseThrow();
        String copied = withHeader(text, newCode, newYear, newName);
        FrameworkDraft draft = insert(newCode, newYear, newName, fromVersionId, copied, user);
        audit.record(
                user.username(),
                null,
                ENTITY,
                key(draft.id(), newCode),
                AuditAction.COPY_FRAMEWORK,
                from.code() + "/v" + from.version(),
                newCode + " " + newYear,
                null);
        return draft;
    }

    /** A new draft from a framework file's text, stored exactly as given; its problems are the loader's. */
    @Transactional
    public DraftCheck importText(CurrentUser user, String text) {
        requireEdit(user);
        Header header = header(text);
        FrameworkDraft draft = insert(header.code(), header.year(), header.name(), null, text, user);
        audit.record(
                user.username(),
                null,
                ENTITY,
                key(draft.id(), header.code()),
                AuditAction.IMPORT,
                null,
                header.code() + " " + header.year(),
                null);
        return new DraftCheck(draft, problems(draft.code(), text));
    }

    /**
     * Stores a new text of a draft read at {@code rowVersion} (an older one: 409, nothing stored) and returns it with
     * its problems. A text that is not even a framework document (a YAML syntax error, no {@code id} or {@code year})
     * is refused with the loader's problems ({@link FrameworkValidationException}).
     *
     * @param section what was edited, for the audit trail ("yaml", "indicators[3]", ...)
     */
    @Transactional
    public DraftCheck save(CurrentUser user, long id, int rowVersion, String text, String section) {
        requireEdit(user);
        FrameworkDraft draft = editable(id, rowVersion);
        Header header = header(text);
        if (!header.code().equals(draft.code())) {
            drafts.openDraftOf(header.code()).ifPresent(other -> {
                throw UserError.conflict("framework.editor.error.openDraft", header.code(), other.id());
            });
        }
        boolean stored;
        try {
            stored = drafts.update(id, rowVersion, header.code(), header.year(), header.name(), text, user.username());
        } catch (DuplicateKeyException e) {
            throw UserError.conflict("framework.editor.error.openDraft", header.code(), "?");
        }
        if (!stored) {
            throw UserError.conflict("framework.editor.error.stale");
        }
        audit.record(
                user.username(),
                null,
                ENTITY,
                key(id, header.code()),
                AuditAction.SAVE,
                "v" + rowVersion,
                section,
                null);
        FrameworkDraft saved = drafts.find(id).orElseThrow();
        return new DraftCheck(saved, problems(saved.code(), saved.content()));
    }

    /**
     * Changes one part of a draft's document (a form of the editor): the text is read as a tree, {@code edit}
     * changes it, and the tree is written back as YAML and saved like any text.
     */
    @Transactional
    public DraftCheck saveTree(
            CurrentUser user, long id, int rowVersion, UnaryOperator<Map<String, Object>> edit, String section) {
        requireEdit(user);
        FrameworkDraft draft = editable(id, rowVersion);
        Map<String, Object> tree =
                YamlTree.read(draft.content()).orElseThrow(() -> UserError.invalid("framework.editor.error.notATree"));
        Map<String, Object> edited = edit.apply(new LinkedHashMap<>(tree));
        return save(user, id, rowVersion, YamlTree.write(edited, draft.content()), section);
    }

    /** The draft's document as a tree for the form editor; empty when its text is not a YAML mapping. */
    public Optional<Map<String, Object>> tree(FrameworkDraft draft) {
        return YamlTree.read(draft.content());
    }

    /** Discards a draft being edited (audited); a published draft stays. */
    @Transactional
    public void discard(CurrentUser user, long id, int rowVersion) {
        requireEdit(user);
        FrameworkDraft draft = editable(id, rowVersion);
        drafts.delete(id);
        audit.record(
                user.username(),
                null,
                ENTITY,
                key(id, draft.code()),
                AuditAction.DISCARD_FRAMEWORK_DRAFT,
                "v" + rowVersion,
                null,
                null);
    }

    /**
     * Publishes a draft read at {@code rowVersion} as the next version of its code: refused while it has problems
     * ({@link FrameworkValidationException}, the loader's) or when its text is that of a version already published
     * (409). The version, the draft's mark and the audit entry commit together; {@code FrameworkPublished} is
     * announced in the same transaction.
     */
    @Transactional
    public FrameworkVersion publish(CurrentUser user, long id, int rowVersion) {
        requireEdit(user);
        FrameworkDraft draft = editable(id, rowVersion);
        List<FrameworkProblem> problems = problems(draft.code(), draft.content());
        if (!problems.isEmpty()) {
            throw new FrameworkValidationException(problems);
        }
        catalog.recordedAs(draft.code(), draft.content()).ifPresent(v -> {
            throw UserError.conflict("framework.editor.error.unchanged", v.code(), v.version());
        });
        FrameworkVersion version = catalog.publish(
                "editor:" + sourceName(draft.code()) + "#draft-" + id,
                draft.content(),
                user.username(),
                draft.basedOnVersionId());
        drafts.markPublished(id, version.id(), user.username());
        audit.record(
                user.username(),
                null,
                PUBLISHED_ENTITY,
                version.code() + "/v" + version.version(),
                AuditAction.PUBLISH_FRAMEWORK,
                draft.basedOnVersionId() == null
                        ? null
                        : catalog.version(draft.basedOnVersionId())
                                .map(v -> v.code() + "/v" + v.version())
                                .orElse(null),
                version.year(),
                null);
        audit.record(
                user.username(),
                null,
                ENTITY,
                key(id, draft.code()),
                AuditAction.PUBLISH_FRAMEWORK,
                "v" + rowVersion,
                version.code() + "/v" + version.version(),
                null);
        return version;
    }

    /**
     * Scores a draft with the engine on a sample agreement: the entered figures of {@code unitCode}'s {@code year}
     * (when given; the user must see that unit) for the IKU the draft has, targets = realizations for the others.
     * Refused while the draft has problems (the engine needs a valid framework).
     */
    public DraftPreview preview(CurrentUser user, long id, String unitCode, Integer year, Period period) {
        DraftCheck check = check(user, id);
        if (!check.problems().isEmpty()) {
            throw new FrameworkValidationException(check.problems());
        }
        Framework framework = FrameworkLoader.load(
                sourceName(check.draft().code()), new StringReader(check.draft().content()));
        Map<String, IndicatorInput> sample = new LinkedHashMap<>();
        String sampleUnit = null;
        Integer sampleYear = null;
        if (unitCode != null && !unitCode.isBlank()) {
            Unit unit = access.viewable(user, unitCode.strip());
            int y = year == null ? check.draft().year() - 1 : year;
            ScoringContext context;
            try {
                context = scorecards.context(unit.code(), y);
            } catch (ScorecardNotFoundException e) {
                throw UserError.invalid("framework.editor.error.noSample", unit.code(), y);
            }
            for (IndicatorInput in : context.inputs()) {
                Indicator i = framework.indicator(in.code());
                if (i != null && sameComponents(i, context.framework().indicator(in.code()))) {
                    sample.put(in.code(), in);
                }
            }
            sampleUnit = unit.code();
            sampleYear = y;
        }
        List<IndicatorInput> inputs = new ArrayList<>(sample.values());
        List<String> assumed = new ArrayList<>();
        for (Indicator i : framework.indicators()) {
            if (!sample.containsKey(i.code())) {
                inputs.add(targetsAreRealizations(i));
                assumed.add(i.code());
            }
        }
        var scorecard = scorecards.engine().score(framework, inputs, period == null ? Period.Y : period);
        return new DraftPreview(
                framework, scorecard, sampleUnit, sampleYear, List.copyOf(sample.keySet()), List.copyOf(assumed));
    }

    /** Component values of the sample fit the draft's IKU only when it has the same component codes. */
    private static boolean sameComponents(Indicator draft, Indicator sample) {
        if (sample == null) {
            return false;
        }
        Set<String> a = new java.util.TreeSet<>();
        draft.componentSets().forEach(s -> s.components().forEach(c -> a.add(c.code())));
        Set<String> b = new java.util.TreeSet<>();
        sample.componentSets().forEach(s -> s.components().forEach(c -> b.add(c.code())));
        return a.equals(b);
    }

    /** 100 as target and realization of each quarter and the year; a range IKU's target [100, 100]. */
    private static IndicatorInput targetsAreRealizations(Indicator i) {
        Map<Period, Target> targets = new EnumMap<>(Period.class);
        Map<Period, BigDecimal> realizations = new EnumMap<>(Period.class);
        for (Period p : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Y)) {
            targets.put(p, i.polarity() == Polarity.RANGE ? Target.range(HUNDRED, HUNDRED) : Target.of(HUNDRED));
            realizations.put(p, HUNDRED);
        }
        return new IndicatorInput(i.code(), null, targets, realizations, Map.of());
    }

    private FrameworkDraft insert(String code, int year, String name, Long basedOn, String text, CurrentUser user) {
        drafts.openDraftOf(code).ifPresent(other -> {
            throw UserError.conflict("framework.editor.error.openDraft", code, other.id());
        });
        try {
            return drafts.insert(code, year, name, basedOn, text, user.username());
        } catch (DuplicateKeyException e) {
            throw UserError.conflict("framework.editor.error.openDraft", code, "?");
        }
    }

    private FrameworkDraft editable(long id, int rowVersion) {
        FrameworkDraft draft = drafts.lock(id).orElseThrow(() -> notFound(id));
        if (draft.published()) {
            throw UserError.conflict("framework.editor.error.published", draft.id());
        }
        if (draft.rowVersion() != rowVersion) {
            throw UserError.conflict("framework.editor.error.stale");
        }
        return draft;
    }

    /** An unknown draft: a refusal the pages answer with their 404 page (and the API with its JSON error). */
    private static UserError notFound(long id) {
        return new RequestRefusal(HttpStatus.NOT_FOUND, "framework.editor.error.noDraft", id);
    }

    /** The code, year and name a text gives: what a draft is filed under. */
    record Header(String code, int year, String name) {}

    private Header header(String text) {
        Map<String, Object> tree = YamlTree.read(text).orElse(null);
        if (tree == null) {
            List<FrameworkProblem> problems = catalog.problems(sourceName("draft"), text);
            if (problems.isEmpty()) {
                throw UserError.invalid("framework.editor.error.notATree");
            }
            throw new FrameworkValidationException(problems);
        }
        Object id = tree.get("id");
        Object year = tree.get("year");
        Object name = tree.get("name");
        if (!(id instanceof String code) || !CODE.matcher(code).matches()) {
            throw UserError.invalid("framework.editor.error.code", id == null ? "" : id);
        }
        if (!(year instanceof Integer y) || y < 2000 || y > 2100) {
            throw UserError.invalid("framework.editor.error.year", year == null ? "" : year);
        }
        String n = name instanceof String s && !s.isBlank() ? s : code;
        return new Header(code, y, n.length() > 255 ? n.substring(0, 255) : n);
    }

    /** The text with id, year and name changed, every other character kept where they are one-line scalars. */
    static String withHeader(String text, String code, int year, String name) {
        Optional<String> changed = YamlTree.withTopScalar(text, "id", code)
                .flatMap(t -> YamlTree.withTopScalar(t, "year", year))
                .flatMap(t -> YamlTree.withTopScalar(t, "name", name));
        if (changed.isPresent()) {
            return changed.get();
        }
        Map<String, Object> tree = new LinkedHashMap<>(YamlTree.read(text).orElseThrow());
        tree.put("id", code);
        tree.put("year", year);
        tree.put("name", name);
        return YamlTree.write(tree, text);
    }

    static String sourceName(String code) {
        return code + ".yaml";
    }

    static String key(long id, String code) {
        return "draft-" + id + "/" + code;
    }
}
