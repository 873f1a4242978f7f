package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The placeholder grammar and rendering, with fixed values (the values of a real unit: NarrativeDemoTest). */
class PlaceholdersTest {

    static final Locale ID = Locale.forLanguageTag("id-ID");
    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** The problems as the reader reads them. */
    static List<String> texts(List<MessageSourceResolvable> problems, Locale locale) {
        return problems.stream().map(p -> MESSAGES.getMessage(p, locale)).toList();
    }

    /** Resolves a few names; "iku.99.realisasi.Y" is known without a value; anything else is unknown. */
    static final Placeholders.Values VALUES = name -> switch (name) {
        case "nko.Y" -> Placeholders.Resolution.ok("108,38");
        case "unit.nama" -> Placeholders.Resolution.ok("KPP <Uji> & \"Co\"");
        case "iku.99.realisasi.Y" ->
            Placeholders.Resolution.missing(name, Placeholders.message("narrative.why.noRealization", "99", "Tahunan"));
        default -> Placeholders.Resolution.unknown(name, Placeholders.message("narrative.why.emptyName"));
    };

    @Test
    void placeholdersAreReplacedByTheirValuesSpacesInsideTheBracesAllowed() {
        Placeholders.Rendered r = Placeholders.render("<p>NKO {{nko.Y}} dan {{ nko.Y }}.</p>", VALUES);
        assertThat(r.xhtml()).isEqualTo("<p>NKO 108,38 dan 108,38.</p>");
        assertThat(r.problems()).isEmpty();
        assertThat(r.unknown()).isEmpty();
    }

    @Test
    void anUnknownNameIsShownAsQuestionMarkAndNamedInTheProblems() {
        Placeholders.Rendered r = Placeholders.render("<p>{{iku.01a-CP.realisasi.Z}} dan {{nko.Y}}</p>", VALUES);
        assertThat(r.xhtml()).isEqualTo("<p>[?iku.01a-CP.realisasi.Z] dan 108,38</p>");
        assertThat(r.unknown()).containsExactly("iku.01a-CP.realisasi.Z");
        assertThat(texts(r.problems(), ID))
                .singleElement()
                .asString()
                .isEqualTo("Penanda angka tidak dikenal: {{iku.01a-CP.realisasi.Z}} (nama kosong)");
        assertThat(texts(r.problems(), Locale.ENGLISH))
                .singleElement()
                .asString()
                .isEqualTo("Unknown figure marker: {{iku.01a-CP.realisasi.Z}} (empty name)");
    }

    @Test
    void aKnownNameWithoutValuePrintsADashAndIsAProblemButNotUnknown() {
        Placeholders.Rendered r = Placeholders.render("<p>{{iku.99.realisasi.Y}}</p>", VALUES);
        assertThat(r.xhtml()).isEqualTo("<p>–</p>");
        assertThat(r.unknown()).isEmpty();
        assertThat(texts(r.problems(), ID))
                .singleElement()
                .asString()
                .isEqualTo("Nilai {{iku.99.realisasi.Y}} belum ada: belum ada realisasi yang disetujui untuk IKU 99 "
                        + "periode Tahunan");
        assertThat(texts(r.problems(), Locale.ENGLISH))
                .singleElement()
                .asString()
                .isEqualTo(
                        "No value for {{iku.99.realisasi.Y}} yet: no approved realization of IKU 99 for Tahunan yet");
    }

    @Test
    void malformedPlaceholdersAreProblemsNamedAsWritten() {
        // incomplete name (no measure, no period): unknown
        Placeholders.Rendered incomplete = Placeholders.render("<p>{{ iku.01a-CP }}</p>", VALUES);
        assertThat(incomplete.unknown()).containsExactly("iku.01a-CP");
        assertThat(incomplete.xhtml()).isEqualTo("<p>[?iku.01a-CP]</p>");
        // no closing braces
        Placeholders.Rendered open = Placeholders.render("<p>NKO {{nko.Y tahun ini</p>", VALUES);
        assertThat(open.unknown()).singleElement().asString().startsWith("{{nko.Y");
        assertThat(texts(open.problems(), ID))
                .singleElement()
                .asString()
                .contains("tidak lengkap")
                .contains("{{nko.Y tahun ini");
        assertThat(texts(open.problems(), Locale.ENGLISH))
                .singleElement()
                .asString()
                .startsWith("Incomplete");
        // formatting inside the braces (the editor made part of it bold)
        Placeholders.Rendered tagged = Placeholders.render("<p>{{<strong>nko</strong>.Y}}</p>", VALUES);
        assertThat(tagged.unknown()).isNotEmpty();
        // empty
        assertThat(Placeholders.render("<p>{{}}</p>", VALUES).unknown()).containsExactly("");
    }

    @Test
    void aValueIsTextNeverHtml() {
        Placeholders.Rendered r = Placeholders.render("<p>{{unit.nama}}</p>", VALUES);
        assertThat(r.xhtml()).isEqualTo("<p>KPP &lt;Uji&gt; &amp; &quot;Co&quot;</p>");
    }

    @Test
    void namesAreListedOnceInOrder() {
        assertThat(Placeholders.names("{{b}} {{a}} {{ b }}")).containsExactly("b", "a");
        assertThat(Map.of()).isEmpty();
    }
}
