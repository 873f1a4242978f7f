package id.kinerja.agreement;

import id.kinerja.framework.Period;
import id.kinerja.scoring.Target;
import id.kinerja.web.Formats;
import id.kinerja.web.PeriodNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a draft changes against the version it revises (the one in force), shown to the head before signing: the
 * header fields, IKU added or removed, weights, targets per period and budget lines. Each change is a message key
 * with its arguments (a field's name is itself a message, resolved with the page's locale).
 */
public final class AgreementChanges {

    /** One change: {@code agreement.change.*} and its arguments. */
    public record Change(String key, Object[] args) {}

    private AgreementChanges() {}

    public static List<Change> between(PerformanceAgreement before, PerformanceAgreement after, Formats formats) {
        List<Change> out = new ArrayList<>();
        field(out, "number", before.number(), after.number());
        field(out, "date", formats.date(before.date()), formats.date(after.date()));
        field(out, "place", before.place(), after.place());
        field(out, "firstName", before.firstParty().name(), after.firstParty().name());
        field(
                out,
                "firstPosition",
                before.firstParty().position(),
                after.firstParty().position());
        field(
                out,
                "secondName",
                before.secondParty().name(),
                after.secondParty().name());
        field(
                out,
                "secondPosition",
                before.secondParty().position(),
                after.secondParty().position());
        Map<String, PerformanceAgreement.Indicator> old =
                byKey(before.indicators(), PerformanceAgreement.Indicator::code);
        Map<String, PerformanceAgreement.Indicator> now =
                byKey(after.indicators(), PerformanceAgreement.Indicator::code);
        for (PerformanceAgreement.Indicator i : after.indicators()) {
            PerformanceAgreement.Indicator was = old.get(i.code());
            if (was == null) {
                out.add(new Change("agreement.change.added", new Object[] {i.code(), formats.index(i.weight())}));
                continue;
            }
            if (i.weight().compareTo(was.weight()) != 0) {
                out.add(new Change(
                        "agreement.change.weight",
                        new Object[] {i.code(), formats.index(was.weight()), formats.index(i.weight())}));
            }
            for (Period p : Period.values()) {
                String a = target(was.targets().get(p), formats);
                String b = target(i.targets().get(p), formats);
                if (!a.equals(b)) {
                    out.add(new Change("agreement.change.target", new Object[] {i.code(), PeriodNames.of(p), a, b}));
                }
            }
        }
        for (PerformanceAgreement.Indicator i : before.indicators()) {
            if (!now.containsKey(i.code())) {
                out.add(new Change("agreement.change.removed", new Object[] {i.code()}));
            }
        }
        Map<String, PerformanceAgreement.BudgetItem> oldBudget =
                byKey(before.budget(), PerformanceAgreement.BudgetItem::code);
        Map<String, PerformanceAgreement.BudgetItem> newBudget =
                byKey(after.budget(), PerformanceAgreement.BudgetItem::code);
        for (PerformanceAgreement.BudgetItem b : after.budget()) {
            PerformanceAgreement.BudgetItem was = oldBudget.get(b.code());
            if (was == null) {
                out.add(new Change(
                        "agreement.change.budgetAdded", new Object[] {b.code(), formats.rupiah(b.amount())}));
            } else if (b.amount().compareTo(was.amount()) != 0 || !Objects.equals(b.name(), was.name())) {
                out.add(new Change(
                        "agreement.change.budget",
                        new Object[] {b.code(), formats.rupiah(was.amount()), formats.rupiah(b.amount())}));
            }
        }
        for (PerformanceAgreement.BudgetItem b : before.budget()) {
            if (!newBudget.containsKey(b.code())) {
                out.add(new Change(
                        "agreement.change.budgetRemoved", new Object[] {b.code(), formats.rupiah(b.amount())}));
            }
        }
        return out;
    }

    private static void field(List<Change> out, String field, String before, String after) {
        String a = before == null || before.isBlank() ? "–" : before.strip();
        String b = after == null || after.isBlank() ? "–" : after.strip();
        if (!a.equals(b)) {
            out.add(new Change(
                    "agreement.change.field",
                    new Object[] {new DefaultMessageSourceResolvable("agreement.field." + field), a, b}));
        }
    }

    private static String target(Target t, Formats formats) {
        if (t == null) {
            return "–";
        }
        return t.upper() == null ? formats.index(t.value()) : formats.index(t.value()) + "–" + formats.index(t.upper());
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(key.apply(i), i));
        return out;
    }
}
