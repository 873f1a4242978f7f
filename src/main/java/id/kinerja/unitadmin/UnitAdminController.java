package id.kinerja.unitadmin;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.StaffGroup;
import id.kinerja.organisation.StaffGrouping;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRefusedException;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.web.NumberParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit pages for administrators (docs/user-guide.md "Unit kerja"): {@code GET /units/{code}/units} the tree of
 * units under {@code code} (DJP's administrator sees all, a Kanwil's its subtree), with create, edit, deactivate and
 * reactivate. Every write goes through {@link Units} (its rules, rights and audit); a refusal is shown above the form
 * naming the field, and the form keeps what was typed.
 */
@Controller
class UnitAdminController {

    private final UnitAccess access;
    private final Units units;
    private final MessageSource messages;

    UnitAdminController(UnitAccess access, Units units, MessageSource messages) {
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    /** The form's fields; staff lines per grouping "label = count" (one per line), areas one per line. */
    record UnitForm(
            String code,
            String name,
            String type,
            String parentCode,
            String officialCode,
            String headName,
            String headNip,
            String headPosition,
            String areas,
            String address,
            String staffCount,
            String staffRank,
            String staffEducation,
            String staffPosition,
            String staffGender,
            String staffAge) {

        static UnitForm of(Unit u, String parentCode, List<StaffGroup> staff) {
            Map<StaffGrouping, String> lines = new EnumMap<>(StaffGrouping.class);
            for (StaffGrouping g : StaffGrouping.values()) {
                lines.put(
                        g,
                        staff.stream()
                                .filter(s -> s.grouping() == g)
                                .map(s -> s.label() + " = " + s.count())
                                .collect(Collectors.joining("\n")));
            }
            return new UnitForm(
                    u.code(),
                    u.name(),
                    u.type().name(),
                    parentCode,
                    u.officialCode(),
                    u.headName(),
                    u.headNip(),
                    u.headPosition(),
                    String.join("\n", u.areas()),
                    u.address(),
                    u.staffCount() == null ? "" : u.staffCount().toString(),
                    lines.get(StaffGrouping.RANK),
                    lines.get(StaffGrouping.EDUCATION),
                    lines.get(StaffGrouping.POSITION),
                    lines.get(StaffGrouping.GENDER),
                    lines.get(StaffGrouping.AGE));
        }

        static UnitForm child(Unit parent) {
            UnitType type = childType(parent.type());
            return new UnitForm(
                    "",
                    "",
                    type == null ? "" : type.name(),
                    parent.code(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "");
        }

        /** The lines of one staff table, as the form shows them. */
        public String staffOf(StaffGrouping g) {
            return switch (g) {
                case RANK -> staffRank;
                case EDUCATION -> staffEducation;
                case POSITION -> staffPosition;
                case GENDER -> staffGender;
                case AGE -> staffAge;
            };
        }
    }

    /** One line of the tree: the unit, its depth, its parent's code, and what the viewer may do with it. */
    record Row(Unit unit, int depth, String parentCode, boolean manage, boolean createUnder) {}

    @GetMapping("/units/{code}/units")
    String tree(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Model model) {
        Unit root = access.viewable(me, code);
        UnitAccess.require(access.canManageUnits(me));
        List<Unit> all = units.findAll();
        Map<Long, List<Unit>> children = new HashMap<>();
        Map<Long, Unit> byId = new HashMap<>();
        for (Unit u : all) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        children.values().forEach(list -> list.sort((a, b) -> a.code().compareTo(b.code())));
        List<Row> rows = new ArrayList<>();
        walk(me, root, 0, children, byId, rows, new HashSet<>());
        model.addAttribute("root", root);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "inactive", rows.stream().filter(r -> !r.unit().active()).count());
        return "unitadmin/tree";
    }

    private void walk(
            CurrentUser me,
            Unit u,
            int depth,
            Map<Long, List<Unit>> children,
            Map<Long, Unit> byId,
            List<Row> rows,
            Set<Long> seen) {
        if (!seen.add(u.id()) || depth > Units.MAX_DEPTH) {
            return;
        }
        Unit parent = u.parentId() == null ? null : byId.get(u.parentId());
        rows.add(new Row(
                u,
                depth,
                parent == null ? null : parent.code(),
                access.canManageUnit(me, u.id()),
                u.active() && childType(u.type()) != null && access.canCreateUnitUnder(me, u.id())));
        for (Unit c : children.getOrDefault(u.id(), List.of())) {
            walk(me, c, depth + 1, children, byId, rows, seen);
        }
    }

    /** The kind a new unit under a unit of this kind usually is (a KPP's: a section); null when none. */
    static UnitType childType(UnitType parent) {
        for (UnitType t : UnitType.values()) {
            if (t.parentType() == parent && t != UnitType.KP2KP) {
                return t;
            }
        }
        return null;
    }

    @GetMapping("/units/{code}/units/new")
    String newUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Model model) {
        Unit parent = access.viewable(me, code);
        UnitAccess.require(access.canCreateUnitUnder(me, parent.id()));
        return form(model, parent, null, UnitForm.child(parent));
    }

    @PostMapping("/units/{code}/units")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @ModelAttribute UnitForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Unit parent = access.viewable(me, code);
        UnitAccess.require(access.canCreateUnitUnder(me, parent.id()));
        try {
            Unit created = units.create(UnitAccess.unitEditor(me), values(form, null, locale), null);
            redirect.addFlashAttribute("message", message("unitadmin.created", locale, created.code()));
            return "redirect:/units/" + parent.code() + "/units";
        } catch (UnitRefusedException e) {
            model.addAttribute("error", messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
            model.addAttribute("errorField", e.field());
            return refusedForm(model, parent, null, form);
        } catch (FormRefused e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field);
            return refusedForm(model, parent, null, form);
        }
    }

    @GetMapping("/units/{code}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Model model) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canManageUnit(me, unit.id()));
        String parentCode = parentCode(unit);
        return form(model, null, unit, UnitForm.of(unit, parentCode, units.staff(unit.id())));
    }

    @PostMapping("/units/{code}/edit")
    String update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @ModelAttribute UnitForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canManageUnit(me, unit.id()));
        try {
            Unit saved = units.update(UnitAccess.unitEditor(me), code, values(form, code, locale), null);
            redirect.addFlashAttribute("message", message("unitadmin.saved", locale, saved.code()));
            return "redirect:/units/" + back(me, saved) + "/units";
        } catch (UnitRefusedException e) {
            model.addAttribute("error", messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
            model.addAttribute("errorField", e.field());
            return refusedForm(model, null, unit, form);
        } catch (FormRefused e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field);
            return refusedForm(model, null, unit, form);
        }
    }

    @PostMapping("/units/{code}/deactivate")
    String deactivate(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return activation(me, code, reason, false, locale, redirect);
    }

    @PostMapping("/units/{code}/reactivate")
    String reactivate(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return activation(me, code, reason, true, locale, redirect);
    }

    private String activation(
            CurrentUser me, String code, String reason, boolean active, Locale locale, RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canManageUnit(me, unit.id()));
        try {
            Unit u = active
                    ? units.reactivate(UnitAccess.unitEditor(me), code, blankToNull(reason))
                    : units.deactivate(UnitAccess.unitEditor(me), code, blankToNull(reason));
            redirect.addFlashAttribute(
                    "message", message(active ? "unitadmin.reactivated" : "unitadmin.deactivated", locale, u.code()));
        } catch (UnitRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
        }
        return "redirect:/units/" + back(me, unit) + "/units";
    }

    /** Where the tree is shown after a change: the parent's tree when the viewer may see it, else the viewer's. */
    private String back(CurrentUser me, Unit unit) {
        if (unit.parentId() != null && access.canView(me, unit.parentId())) {
            return units.findById(unit.parentId()).orElseThrow().code();
        }
        return access.canView(me, unit.id()) ? unit.code() : me.unitCode();
    }

    private String refusedForm(Model model, Unit parent, Unit unit, UnitForm form) {
        return form(model, parent, unit, form);
    }

    private String form(Model model, Unit parent, Unit unit, UnitForm form) {
        model.addAttribute("parent", parent);
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("groupings", StaffGrouping.values());
        return "unitadmin/form";
    }

    private String parentCode(Unit unit) {
        return unit.parentId() == null
                ? null
                : units.findById(unit.parentId()).map(Unit::code).orElse(null);
    }

    /** A form text the service never sees because it is not a number or a staff line. */
    static final class FormRefused extends RuntimeException {
        final String field;

        FormRefused(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private NewUnit values(UnitForm f, String code, Locale locale) {
        UnitType type = null;
        if (f.type() != null && !f.type().isBlank()) {
            try {
                type = UnitType.valueOf(f.type());
            } catch (IllegalArgumentException e) {
                throw new FormRefused(
                        "type", message("unit.error.required", locale, message("unit.field.type", locale)));
            }
        }
        Integer staffCount = null;
        if (f.staffCount() != null && !f.staffCount().isBlank()) {
            staffCount = whole(f.staffCount(), "staffCount", locale);
        }
        List<StaffGroup> staff = new ArrayList<>();
        for (StaffGrouping g : StaffGrouping.values()) {
            String text = f.staffOf(g);
            if (text == null) {
                continue;
            }
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.lastIndexOf('=');
                if (eq < 1) {
                    throw new FormRefused(
                            "staff",
                            message("unitadmin.error.staffLine", locale, message(g.key(), locale), line.strip()));
                }
                staff.add(new StaffGroup(
                        g, line.substring(0, eq).strip(), whole(line.substring(eq + 1), "staff", locale)));
            }
        }
        return new NewUnit(
                code != null ? code : blankToNull(f.code()),
                blankToNull(f.name()),
                type,
                blankToNull(f.parentCode()),
                blankToNull(f.officialCode()),
                blankToNull(f.headName()),
                blankToNull(f.headNip()),
                blankToNull(f.headPosition()),
                Units.splitArea(f.areas() == null ? null : f.areas().replace(",", "\n")),
                blankToNull(f.address()),
                staffCount,
                staff);
    }

    private int whole(String text, String field, Locale locale) {
        try {
            BigDecimal n = NumberParser.read(text, locale);
            if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new FormRefused(
                        field,
                        message("unitadmin.error.whole", locale, message("unit.field." + field, locale), text.strip()));
            }
            return n.intValueExact();
        } catch (NumberParser.Refused e) {
            throw new FormRefused(
                    field,
                    message("unitadmin.error.whole", locale, message("unit.field." + field, locale), text.strip()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
