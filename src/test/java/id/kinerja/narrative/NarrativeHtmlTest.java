package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The sanitiser: safe formatting in, everything else out, the result well-formed XML. */
class NarrativeHtmlTest {

    @Test
    void scriptsHandlersJavascriptUrlsAndStylesAreRemoved() {
        String dirty = "<p onclick=\"alert(1)\" style=\"color:red\">Teks <script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">tautan</a> <img src=x onerror=alert(1)>"
                + "<span style=\"font-size:40px\">besar</span><iframe src=\"https://evil\"></iframe></p>";
        String clean = NarrativeHtml.sanitise(dirty);
        assertThat(clean).isEqualTo("<p>Teks tautan besar</p>");
        assertThat(clean).doesNotContain("script", "onclick", "javascript", "style", "img", "iframe", "href");
        wellFormed(clean);
    }

    @Test
    void safeFormattingStaysAndBecomesXhtml() {
        String clean = NarrativeHtml.sanitise(
                "<p><b>Tebal</b> <i>miring</i> <u>garis</u><br>baris</p>"
                        + "<ul><li>satu</li></ul><ol><li>dua</li></ol>"
                        + "<table><tr><th colspan=\"2\">Kepala</th></tr><tr><td colspan=\"x\">a</td><td>b&nbsp;c</td></tr></table>");
        assertThat(clean)
                .contains(
                        "<strong>Tebal</strong>",
                        "<em>miring</em>",
                        "<u>garis</u>",
                        "<br />",
                        "<ul><li>satu</li></ul>",
                        "<ol><li>dua</li></ol>",
                        "<th colspan=\"2\">Kepala</th>",
                        "<td>a</td>",
                        "b&#xa0;c");
        wellFormed(clean);
    }

    @Test
    void unclosedTagsAreClosedAndLooseTextGoesIntoAParagraph() {
        String clean = NarrativeHtml.sanitise("awal <b>tebal <p>paragraf <i>miring");
        wellFormed(clean);
        assertThat(clean).isEqualTo("<p>awal tebal </p><p>paragraf <em>miring</em></p>");
    }

    @Test
    void plainTextFromTheFallbackBecomesParagraphsAndLineBreaks() {
        String clean = NarrativeHtml.sanitise("Baris satu\nbaris dua\n\nParagraf dua & {{nko.Y}}");
        assertThat(clean).isEqualTo("<p>Baris satu<br />baris dua</p><p>Paragraf dua &amp; {{nko.Y}}</p>");
        wellFormed(clean);
    }

    @Test
    void emptyInputIsEmpty() {
        assertThat(NarrativeHtml.sanitise("  ")).isEmpty();
        assertThat(NarrativeHtml.sanitise("<p></p><script>x</script>")).isEmpty();
    }

    static void wellFormed(String fragment) {
        assertThatCode(() -> DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(
                                ("<div>" + fragment + "</div>").getBytes(StandardCharsets.UTF_8))))
                .doesNotThrowAnyException();
    }
}
