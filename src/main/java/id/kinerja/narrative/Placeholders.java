package id.kinerja.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Placeholders in narrative prose: figures written as {@code {{name}}} are replaced, when a text is printed, by the
 * value the database and the engine hold now, formatted the Indonesian way. So a sentence never repeats a figure
 * that has since changed.
 *
 * <h2>Grammar</h2>
 * <pre>
 * placeholder := "{{" space* name space* "}}"
 * name        := "tahun" | "unit.nama" | "unit.pegawai" | "unit.wilayah"
 *              | "kepala.nama" | "kepala.nip" | "kepala.jabatan"      (the unit pages' facts)
 *              | "iku." IKU "." ("target" | "realisasi" | "indeks") "." PERIOD
 *              | "nko." PERIOD | "predikat." PERIOD
 *              | "ss." SS "." PERIOD                 (SS: the objective's code, e.g. SS1)
 *              | "perspektif." PERSPECTIVE "." PERIOD (e.g. STAKEHOLDER, INTERNAL_PROCESS; any case)
 *              | "penerimaan." ("target" | "realisasi" | "capaian")
 *              | "anggaran." ("pagu" | "realisasi" | "penyerapan")     (DIPA programs of the year)
 *              | "belanja." ("51" | "52" | "53") "." ("pagu" | "realisasi" | "penyerapan")  (kind of spending)
 * IKU         := an IKU code of the year's agreement, e.g. 01a-CP
 * PERIOD      := Q1 | Q2 | S1 | Q3 | SDQ3 | Q4 | Y   (as Period.parse reads them)
 * </pre>
 * Values: IKU target and realization in the IKU's unit ({@code 100,50%} for percent, {@code 97,11} for an index,
 * {@code 1.727.817.621.290} for rupiah), indexes, NKO, SS and perspective values with two decimals
 * ({@code 108,38}); revenue and budget totals of the year in rupiah without the "Rp" (write {@code Rp{{...}}}),
 * achievement and absorption as a percentage ({@code 100,50%}). Official scores only (approved realizations).
 *
 * <h2>What goes wrong</h2>
 * A name outside the grammar (or naming an IKU, SS or period that does not exist) is <em>unknown</em>: refused when
 * saved, and printed as {@code [?name]} with a problem when a text stored earlier holds it. A known name without a
 * value (no realization yet) prints "–" and is a problem too. A {@code {{} without its {@code }}} is a problem.
 * The value is always text: it is escaped, never read as HTML.
 */
public final class Placeholders {

    /** A placeholder: the braces, then anything but braces and angle brackets (a tag inside is malformed). */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}<>]*)}}");

    /** A brace pair left over: what follows an opening (or precedes a closing) pair, for the message. */
    private static final Pattern UNPAIRED = Pattern.compile("\\{\\{[^{}]{0,40}|[^{}]{0,40}}}");

    /** How a name resolved. */
    public enum Kind {
        OK,
        MISSING,
        UNKNOWN
    }

    /**
     * The outcome for one name: the text to print (unescaped) and, unless OK, the problem as a message key of the
     * bundles ({@code narrative.placeholder.*}) with its arguments, shown in the reader's language.
     */
    public record Resolution(Kind kind, String text, MessageSourceResolvable problem) {

        public static Resolution ok(String text) {
            return new Resolution(Kind.OK, text, null);
        }

        /** No value yet; {@code why} a {@code narrative.why.*} message. */
        public static Resolution missing(String name, MessageSourceResolvable why) {
            return new Resolution(
                    Kind.MISSING, "\u2013", message("narrative.placeholder.missing", "{{" + name + "}}", why));
        }

        /** Not a name the grammar knows; {@code why} a {@code narrative.why.*} message. */
        public static Resolution unknown(String name, MessageSourceResolvable why) {
            return new Resolution(
                    Kind.UNKNOWN, "[?" + name + "]", message("narrative.placeholder.unknown", "{{" + name + "}}", why));
        }
    }

    /** A message key with its arguments (a {@code narrative.*} key). */
    public static MessageSourceResolvable message(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    /** What resolves names: one unit's year. */
    public interface Values {
        Resolution resolve(String name);
    }

    /**
     * A text with every placeholder replaced.
     *
     * @param xhtml    the fragment, values escaped
     * @param problems in order of appearance, each once, as message keys with arguments
     * @param unknown  the unknown names (also in problems)
     */
    public record Rendered(String xhtml, List<MessageSourceResolvable> problems, List<String> unknown) {}

    private Placeholders() {}

    /** Replaces the placeholders of an XHTML fragment (or plain text) by their escaped values. */
    public static Rendered render(String xhtml, Values values) {
        if (xhtml == null || xhtml.isEmpty()) {
            return new Rendered("", List.of(), List.of());
        }
        Set<MessageSourceResolvable> problems = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(xhtml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            Resolution r = name.isEmpty()
                    ? Resolution.unknown(name, message("narrative.why.emptyName"))
                    : values.resolve(name);
            if (r.kind() != Kind.OK) {
                problems.add(r.problem());
            }
            if (r.kind() == Kind.UNKNOWN) {
                unknown.add(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(Entities.escape(r.text())));
        }
        m.appendTail(out);
        String rest = PLACEHOLDER.matcher(xhtml).replaceAll("");
        Matcher open = UNPAIRED.matcher(rest);
        while (open.find()) {
            String snippet =
                    org.jsoup.Jsoup.parseBodyFragment(open.group()).text().strip();
            problems.add(message("narrative.placeholder.incomplete", snippet));
            unknown.add(snippet);
        }
        return new Rendered(out.toString(), List.copyOf(problems), List.copyOf(unknown));
    }

    /** The unknown placeholders of a text (what a save refuses), each once, in order. */
    public static List<String> unknown(String xhtml, Values values) {
        return render(xhtml, values).unknown();
    }

    /** The names written in a text, in order, each once. */
    public static List<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return new ArrayList<>(names);
    }
}
