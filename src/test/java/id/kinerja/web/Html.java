package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reading rendered pages in tests: a table row's text, a fragment's text. */
public final class Html {

    private Html() {}

    /** The text of the first table row that contains {@code marker} (tags stripped, entities decoded). */
    public static String row(String html, String marker) {
        Matcher m = Pattern.compile(
                        "<tr\\b(?:(?!</tr>).)*" + Pattern.quote(marker) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a row containing " + marker).isTrue();
        return text(m.group());
    }

    /** The text of some HTML: tags stripped, whitespace collapsed, entities decoded. */
    public static String text(String html) {
        return HtmlUtils.htmlUnescape(
                html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
    }
}
