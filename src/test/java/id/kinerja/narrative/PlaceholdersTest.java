package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The placeholder grammar and rendering, with fixed values (the values of a real unit: NarrativeDemoTest). */
class PlaceholdersTest {

    /** Resolves a few names; "iku.99.realisasi.Y" is known without a value; anything else is unknown. */
    static final Placeholders.Values VALUES = name -> switch (name) {
        case "nko.Y" -> Placeholders.Resolution.ok("108,38");
        case "unit.nama" -> Placeholders.Resolution.ok("KPP <Uji> & \"Co\"");
        case "iku.99.realisasi.Y" -> Placeholders.Resolution.missing(name, "belum ada realisasi");
        default -> Placeholders.Resolution.unknown(name, "tidak dikenal");
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
        assertThat(r.problems()).singleElement().asString().contains("{{iku.01a-CP.realisasi.Z}}");
    }

    @Test
    void aKnownNameWithoutValuePrintsADashAndIsAProblemButNotUnknown() {
        Placeholders.Rendered r = Placeholders.render("<p>{{iku.99.realisasi.Y}}</p>", VALUES);
        assertThat(r.xhtml()).isEqualTo("<p>–</p>");
        assertThat(r.unknown()).isEmpty();
        assertThat(r.problems())
                .singleElement()
                .asString()
                .contains("{{iku.99.realisasi.Y}}")
                .contains("belum ada");
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
        assertThat(open.problems()).singleElement().asString().contains("tidak lengkap");
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
