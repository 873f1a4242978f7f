package id.kinerja.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module, and only that module's SQL names it: another module reads or writes it through
 * the owner's API service (docs/architecture.md "Modules"). The tables are the ones the Flyway migrations create; the
 * SQL is every string literal and text block of the main sources, searched for {@code from|join|into|update <table>}.
 */
class TableOwnershipTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/id/kinerja");

    /** The module (top-level package under {@code id.kinerja}) that owns each table. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("unit", "organisation"),
            Map.entry("calendar_deadline", "calendar"),
            Map.entry("dialogue_meeting", "dialogue"),
            Map.entry("sent_document", "sending"),
            Map.entry("dialogue_follow_up", "dialogue"),
            Map.entry("unit_area", "organisation"),
            Map.entry("unit_staff", "organisation"),
            Map.entry("app_user", "account"),
            Map.entry("user_role", "account"),
            Map.entry("user_indicator", "account"),
            Map.entry("login_throttle", "account"),
            Map.entry("audit_event", "audit"),
            Map.entry("framework_version", "framework"),
            Map.entry("framework_draft", "frameworkeditor"),
            Map.entry("performance_agreement", "agreement"),
            Map.entry("agreement_indicator", "agreement"),
            Map.entry("agreement_target", "agreement"),
            Map.entry("agreement_budget", "agreement"),
            Map.entry("planning_reference", "agreement"),
            Map.entry("realization", "realization"),
            Map.entry("realization_component", "realization"),
            Map.entry("reported_index", "realization"),
            Map.entry("indicator_history", "realization"),
            Map.entry("evidence", "evidence"),
            Map.entry("indicator_note", "indicator"),
            Map.entry("tax_type", "revenue"),
            Map.entry("revenue", "revenue"),
            Map.entry("revenue_total", "revenue"),
            Map.entry("revenue_month", "revenue"),
            Map.entry("revenue_activity", "revenue"),
            Map.entry("budget_line", "budget"),
            Map.entry("budget_kind", "budget"),
            Map.entry("budget_kind_month", "budget"),
            Map.entry("budget_line_month", "budget"),
            Map.entry("budget_ceiling_revision", "budget"),
            Map.entry("award", "recognition"),
            Map.entry("innovation", "recognition"),
            Map.entry("report_narrative", "narrative"),
            Map.entry("check_acceptance", "consistency"),
            Map.entry("document_setting", "report"),
            Map.entry("api_token", "api"),
            Map.entry("import_batch", "exchange"),
            Map.entry("installation", "demo"),
            Map.entry("review_thread", "review"),
            Map.entry("review_comment", "review"),
            Map.entry("period_review", "review"),
            Map.entry("notification", "notify"),
            Map.entry("notification_preference", "notify"),
            Map.entry("shedlock", "notify"),
            // Spring Modulith's event publication registry (V33), set up by the database module
            Map.entry("event_publication", "database"),
            Map.entry("data_version", "database"),
            Map.entry("event_publication_archive", "database"));

    private static final Pattern CREATE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED =
            Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableOfTheMigrationsHasOneOwningModule() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).as("tables created by the migrations").isNotEmpty();
        assertThat(OWNER.keySet())
                .as("the owner map lists exactly the tables created")
                .containsExactlyInAnyOrderElementsOf(created);
        try (Stream<Path> modules = Files.list(SOURCES)) {
            Set<String> moduleNames = new TreeSet<>(modules.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList());
            assertThat(moduleNames).as("every owner is a module").containsAll(OWNER.values());
        }
    }

    @Test
    void noModuleSqlNamesAnotherModulesTable() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(f);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                for (String literal : literals(Files.readString(f))) {
                    Matcher m = NAMED.matcher(literal);
                    while (m.find()) {
                        String owner = OWNER.get(m.group(1).toLowerCase(Locale.ROOT));
                        if (owner != null && !owner.equals(module)) {
                            found.add(relative.toString().replace('\\', '/') + " -> "
                                    + m.group(1).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("SQL naming another module's table (call the owner's API service instead)")
                .isEmpty();
    }

    @Test
    void theScannerFindsTheTablesInLiteralsAndTextBlocksButNotInComments() {
        String source = """
                // select * from unit
                /* "join app_user" */
                String a = "select id from revenue r join \\"tax_type\\" t";
                String b = \"""
                        insert into evidence (id)
                        values (1)\""";
                char c = '"';
                String d = "update budget_line set ceiling = 0";
                """;
        List<String> tables = new ArrayList<>();
        for (String literal : literals(source)) {
            Matcher m = NAMED.matcher(literal);
            while (m.find()) {
                tables.add(m.group(1));
            }
        }
        assertThat(tables).containsExactly("revenue", "evidence", "budget_line");
    }

    /** The contents of the string literals and text blocks of a Java source, comments and char literals skipped. */
    static List<String> literals(String java) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                int end = java.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !(java.startsWith("\"\"\"", end) && java.charAt(end - 1) != '\\')) {
                    end++;
                }
                out.add(java.substring(i + 3, Math.min(end, n)));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < n && java.charAt(j) != c && java.charAt(j) != '\n') {
                    if (java.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    s.append(java.charAt(j));
                    j++;
                }
                if (c == '"') {
                    out.add(s.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
