package id.kinerja.report;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Fills a document's Thymeleaf template under {@code templates/report/} with its view model and page margins. */
@Component
class DocumentTemplates {

    private final ITemplateEngine templates;
    private final ReportTexts texts;

    DocumentTemplates(ITemplateEngine templates, ReportTexts texts) {
        this.templates = templates;
        this.texts = texts;
    }

    /**
     * Fills a document's template: {@code r} the view model, {@code title}, {@code pageSize} and {@code css}, the
     * texts of the page margins (running header, footer, "Halaman n dari m") as quoted CSS strings. Amounts and
     * numbers with their unit are then kept on one line ({@link Unbreakable}).
     */
    String render(ReportKind kind, Object report, String title, String header) {
        return render(kind, report, title, header, Map.of());
    }

    String render(ReportKind kind, Object report, String title, String header, Map<String, Object> extra) {
        Context context = new Context(ReportService.INDONESIAN);
        extra.forEach(context::setVariable);
        context.setVariable("r", report);
        context.setVariable("title", title);
        context.setVariable("pageSize", kind.pageSize());
        context.setVariable(
                "css",
                Map.of(
                        "header",
                        cssString(header),
                        "footer",
                        cssString(texts.text("report.generatedBy")),
                        "page",
                        cssString(texts.text("report.page") + " "),
                        "of",
                        cssString(" " + texts.text("report.of") + " "),
                        "draft",
                        cssString(texts.text("report.draft.mark"))));
        return Unbreakable.noBreakSpaces(templates.process(kind.template(), context));
    }

    /** A text as a quoted CSS string: quotes, backslashes, line breaks, '<' and '&' escaped (it sits in XHTML). */
    static String cssString(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '"' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append("\\A ");
                case '<' -> b.append("\\3C ");
                case '&' -> b.append("\\26 ");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
