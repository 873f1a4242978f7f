package id.kinerja.report;

import java.util.List;
import java.util.Map;

/**
 * What the LAKIN (Laporan Kinerja, docs/domain.md §8) prints, every figure already formatted in Indonesian. The scores
 * are the engine's, the revenue and budget figures the revenue and budget modules'; the prose is the office's own
 * (the narrative module). Nothing here is computed.
 *
 * @param unitName     the unit's name
 * @param unitCode     its code
 * @param parentName   the superior unit (Kanwil), may be null
 * @param year         the performance year
 * @param place        where the report is signed ({@link DocumentSettings#place}: entered for the LAKIN, else the
 *                     agreement's place, else the office's city), may be null
 * @param date         the date it is signed: entered for the LAKIN, else the day the document is made
 * @param head         the unit's head, who signs ({@link ReportTexts#signer}); a null name is printed blank
 * @param nko          the yearly NKO, e.g. "108,38"
 * @param predicate    its predicate, may be null
 * @param colour       its colour (GREEN, YELLOW, RED), may be null
 * @param texts        the office's prose by section key ({@code kata-pengantar}, {@code bab3.penghargaan}, ...)
 * @param perspectives chapter III.A: the IKU grouped by perspective
 * @param sheet        the yearly NKO sheet (chapter III.A and the appendix), the NKO report's own model
 * @param agreement    the PK (appendix), the PK document's own model
 * @param revenue      revenue by tax type (chapter III.A, revenue IKU)
 * @param budget       the DIPA (chapter III.B)
 * @param awards       awards received in the year (chapter III.D)
 * @param innovations  innovations of the year (chapter III.D)
 * @param charts       every chart's figures by id (drawn as SVG or PNG when the template is filled)
 * @param summary      the executive summary's figures
 * @param organisation chapter I's facts of the unit (area served, staff by group), from the unit pages
 */
public record LakinReport(
        String unitName,
        String unitCode,
        String parentName,
        int year,
        String place,
        String date,
        PkReport.Party head,
        String nko,
        String predicate,
        String colour,
        Map<String, Text> texts,
        List<PerspectiveBlock> perspectives,
        NkoReport sheet,
        PkReport agreement,
        Revenue revenue,
        Budget budget,
        List<Award> awards,
        List<Innovation> innovations,
        Map<String, LakinCharts.Chart> charts,
        Summary summary,
        Organisation organisation) {

    /** A LAKIN without chapter I's unit facts (area served, staff tables): none are printed. */
    public LakinReport(
            String unitName,
            String unitCode,
            String parentName,
            int year,
            String place,
            String date,
            PkReport.Party head,
            String nko,
            String predicate,
            String colour,
            Map<String, Text> texts,
            List<PerspectiveBlock> perspectives,
            NkoReport sheet,
            PkReport agreement,
            Revenue revenue,
            Budget budget,
            List<Award> awards,
            List<Innovation> innovations,
            Map<String, LakinCharts.Chart> charts,
            Summary summary) {
        this(
                unitName,
                unitCode,
                parentName,
                year,
                place,
                date,
                head,
                nko,
                predicate,
                colour,
                texts,
                perspectives,
                sheet,
                agreement,
                revenue,
                budget,
                awards,
                innovations,
                charts,
                summary,
                new Organisation(null, null, List.of()));
    }

    /**
     * Chapter I's facts of the unit as the unit pages keep them (docs/domain.md "2. Organisation"): B. the area it
     * serves, C. its staff count and the staff tables by group (rank group, education, position, gender, age).
     *
     * @param area       the regencies/cities served as one phrase ("Kota Kupang, ..., dan Kabupaten Sabu Raijua"),
     *                   null when not given
     * @param staffCount the staff count, formatted ("107"), null when not given
     * @param tables     one table per grouping the unit has filled in, in the order of the groupings
     */
    public record Organisation(String area, String staffCount, List<StaffTable> tables) {}

    /** One staff table of chapter I.C: its title ("Golongan"), its rows and their total. */
    public record StaffTable(String title, List<StaffRow> rows, String total) {}

    /** One row of a staff table: the label ("III") and the count with its share of the total ("52", "48,60"). */
    public record StaffRow(String label, String count, String share) {}

    /**
     * What the executive summary states, from the same figures as the chapters: the yearly NKO and predicate are
     * {@link LakinReport#nko()} and {@link LakinReport#predicate()}; here how many scored IKU have each colour (as the
     * NKO sheet colours them), the IKU below target (index under 100, in sheet order), and the year's revenue and
     * DIPA as the revenue and budget chapters print them (rupiah).
     *
     * @param colours            GREEN, YELLOW, RED with their count, zero included
     * @param scored             the IKU scored in the yearly NKO
     * @param belowTarget        the IKU whose yearly index is below 100
     * @param revenueRealization the year's net revenue, null when not recorded
     * @param revenueTarget      its target, may be null
     * @param revenueAchievement realization / target, percent, may be null
     * @param budgetRealization  the DIPA's realization (without DIPA lines: the summary by kind's), null without either
     * @param budgetCeiling      its ceiling
     * @param budgetAbsorption   realization / ceiling, percent
     */
    public record Summary(
            List<ColourCount> colours,
            int scored,
            List<Shortfall> belowTarget,
            String revenueRealization,
            String revenueTarget,
            String revenueAchievement,
            String budgetRealization,
            String budgetCeiling,
            String budgetAbsorption) {}

    /** How many IKU have a colour: {@code colour} GREEN, YELLOW or RED, {@code label} Hijau, Kuning or Merah. */
    public record ColourCount(String colour, String label, int count) {}

    /** An IKU below target: its code, name, yearly index and colour label. */
    public record Shortfall(String code, String name, String index, String colourLabel) {}

    /** A section's prose: its title, sanitised XHTML with placeholders resolved, and whether anything is written. */
    public record Text(String title, String xhtml, boolean written) {}

    /** One perspective of chapter III.A: its index and its IKU. */
    public record PerspectiveBlock(String name, String weight, String index, List<Iku> indicators) {}

    /**
     * One IKU of chapter III.A.
     *
     * @param anchor           the id of its heading (for the table of contents)
     * @param code             e.g. "01a-CP"
     * @param name             its name
     * @param objective        its strategic objective, "SS1 Meningkatnya ..."
     * @param unit             the unit of measure ("%", "indeks", ...)
     * @param definition       the manual's definition (may be null)
     * @param formula          the manual's formula (may be null)
     * @param dataSource       the manual's data source (may be null)
     * @param periods          the seven periods: target, realization, index, colour
     * @param history          the five-year comparison: past years from the history, then this year
     * @param pkTarget         the yearly target of the PK
     * @param renstraTarget    the Renstra/RPJMN target, or null when the data has none
     * @param nationalStandard the national standard, or null when the data has none
     * @param dataNote         the note recorded with the yearly realization (source, amounts), may be null
     * @param blocks           the office's analysis blocks, in catalogue order
     * @param chart            the id of its trend chart in {@link LakinReport#charts()}, null when no figures
     */
    public record Iku(
            String anchor,
            String code,
            String name,
            String objective,
            String unit,
            String definition,
            String formula,
            String dataSource,
            List<PeriodCell> periods,
            List<YearRow> history,
            String pkTarget,
            String renstraTarget,
            String nationalStandard,
            String dataNote,
            List<Text> blocks,
            String chart) {}

    /**
     * One period's column ({@code label} is the period's code, Q1, SDQ3, printed by its bundle name): its target (the agreement's, as the PK prints it), realization (derived: '*'), index and colour;
     * {@code scoredAgainst} the target the index was computed against when it is not this period's agreed target
     * (e.g. Q4 scored against the yearly target), else null.
     */
    public record PeriodCell(
            String label,
            String target,
            String scoredAgainst,
            String realization,
            boolean derived,
            String index,
            String colour,
            String colourLabel) {}

    /** One year of a five-year comparison; {@code current} marks the report's year. */
    public record YearRow(int year, String realization, String index, String note, boolean current) {}

    /**
     * Revenue by tax type.
     *
     * @param rows    groups and their types, in the taxonomy's order
     * @param total   the grand total
     * @param history the five-year history (target, realization, achievement, growth)
     * @param chart   the chart id of the history
     * @param note    what the figures are (e.g. rounded billions), may be null
     */
    /** @param net the year's net revenue as gross minus refunds, when the office entered them (else null) */
    public record Revenue(
            List<RevenueRow> rows,
            RevenueRow total,
            List<RevenueHistoryRow> history,
            String chart,
            String note,
            String net) {}

    /** A tax type or group: target, last year's and this year's realization, growth and achievement. */
    public record RevenueRow(
            String code,
            String name,
            boolean group,
            String target,
            String lastRealization,
            String realization,
            String achievement,
            String growth,
            String lastGrowth) {}

    /** One year of the revenue history ({@code growth} null when not computed by the revenue module). */
    public record RevenueHistoryRow(int year, String target, String realization, String achievement, String growth) {}

    /**
     * The DIPA: lines in tree order and their total, the kinds of spending and their total, a chart of the kinds, a
     * note when the two totals differ (as recorded).
     */
    public record Budget(
            List<BudgetLine> lines,
            BudgetKind dipaTotal,
            List<BudgetKind> kinds,
            BudgetKind total,
            String chart,
            String note,
            List<String> kindNotes) {

        /** Without per-kind notes (the kinds agree with the DIPA lines, or cannot be compared). */
        public Budget(
                List<BudgetLine> lines,
                BudgetKind dipaTotal,
                List<BudgetKind> kinds,
                BudgetKind total,
                String chart,
                String note) {
            this(lines, dipaTotal, kinds, total, chart, note, List.of());
        }
    }

    /** A DIPA line: depth 0 for a program. */
    public record BudgetLine(
            String code, String name, int depth, String ceiling, String realization, String absorption) {}

    /** A kind of spending (51, 52, 53) or the total. */
    public record BudgetKind(String code, String name, String ceiling, String realization, String absorption) {}

    public record Award(String title, String giver, String date, String description) {}

    public record Innovation(String name, String longName, String description, List<String> goals) {}

    /** The prose of a section; an empty, unwritten text when the catalogue has no such key. */
    public Text text(String key) {
        Text t = texts.get(key);
        return t == null ? new Text(key, "", false) : t;
    }
}
