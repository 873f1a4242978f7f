package id.kinerja.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.budget.BudgetLevel;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.consistency.internal.RevenueChecks;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.ReportedIndexWrite;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.realization.internal.ReportedIndexRepository;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueTotal;
import id.kinerja.scoring.Target;
import id.kinerja.testsupport.OwnUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The consistency check on the demo (exactly the findings the data deserves) and on a unit of the test's own with one
 * deliberate fault of every kind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KupangConsistencyTest {

    @Autowired
    ConsistencyCheck check;

    @Autowired
    FindingTexts texts;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    NarrativeService narratives;

    @Autowired
    RevenueService revenue;

    @Autowired
    BudgetService budget;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportedIndexRepository reportedIndexes;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    /**
     * Kupang 2024 gets exactly six findings, each true of the data:
     * <ul>
     *   <li>ERROR planning: the report gives the Renstra / RPJMN targets and national standard of 01a-CP only, so
     *       the other IKU have nothing recorded for the LAKIN's comparison (chapter III.A);</li>
     *   <li>ERROR budget-kind: the kinds of spending add up to a ceiling of 14.587.677.000, the DIPA programs to
     *       14.577.137.000 (the report's own contradiction 8, kept as printed in the demo data);</li>
     *   <li>WARNING period: 07b-CP has targets for Q1..s.d. Q3 but no realization (the report's quarterly table is a
     *       copy of 04a's, contradiction 1, so the demo has Q4/Y only);</li>
     *   <li>WARNING budget: WA.4707.EBB's only printed item is far below it (the other items are not in the report);</li>
     *   <li>INFO revenue, target and realization: the tax types, known only in rounded billions, differ from the exact
     *       totals by 17.987.000 and 17.121.290, within their rounding (up to 75 million): explained, nothing to fix.</li>
     * </ul>
     * Nothing about narratives (every section written, every placeholder resolves and prints the figure its sentence
     * names), the signing (the PK has its
     * place, date and both parties), reported indexes (none imported), take-last (no S1/SDQ3 entered,
     * Y equals Q4 everywhere), or the agreement (signed, no draft revision).
     */
    @Test
    void theDemoGivesExactlyTheFindingsItsDataDeserves() {
        ConsistencyReport r = check.check("KPP-KUPANG", 2024);
        assertThat(r.findings())
                .extracting(this::key)
                .containsExactly(
                        "ERROR planning Target Renstra/RPJMN dan standar nasional 2024",
                        "ERROR budget-kind Anggaran 2024, pagu",
                        "WARNING period IKU 07b-CP",
                        "WARNING budget DIPA 2024, WA.4707.EBB Layanan Sarana dan Prasarana Internal",
                        "INFO revenue Penerimaan 2024, target",
                        "INFO revenue Penerimaan 2024, realisasi");
        assertThat(what(r.findings().get(0))).contains("19 IKU: 01b-CP, ").doesNotContain("01a-CP");
        assertThat(what(r.findings().get(1))).contains("Rp14.587.677.000", "Rp14.577.137.000", "Rp10.540.000");
        // periods by their names, never their codes
        assertThat(what(r.findings().get(2)))
                .contains("periode Triwulan I, Triwulan II, Semester I, Triwulan III, s.d. Triwulan III.")
                .doesNotContain("Triwulan IV", "Q1", "Smt. 1");
        assertThat(what(r.findings().get(5))).contains("Rp1.727.800.500.000", "Rp1.727.817.621.290", "Rp17.121.290");
        assertThat(r.hasSomethingToFix()).isTrue();
    }

    @Test
    void theCheckPageListsTheFindingsForViewersOnly() throws Exception {
        mvc.perform(get("/units/KPP-KUPANG/reports/check")
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername("nusra.reviewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rp14.587.677.000")))
                .andExpect(content().string(containsString("IKU 07b-CP")))
                .andExpect(content().string(containsString("2 kesalahan, 2 peringatan, 2 informasi")));
        // the same findings in English, figures formatted the English way
        mvc.perform(get("/units/KPP-KUPANG/reports/check")
                        .param("year", "2024")
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("nusra.reviewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rp14,587,677,000")))
                .andExpect(content().string(containsString("Budget 2024, ceiling")))
                .andExpect(content()
                        .string(containsString(
                                "in Quarter I, Quarter II, Semester I, Quarter III, Up to Quarter III.")))
                .andExpect(content().string(containsString("2 errors, 2 warnings, 2 notes")));
        mvc.perform(get("/units/KPP-KUPANG/reports/check")
                        .param("year", "2019")
                        .with(user(users.loadUserByUsername("kupang.admin"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUnitWithOneFaultOfEveryKindGetsEachFinding() throws Exception {
        OwnUnit own = OwnUnit.create("k", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        long id = own.unit.id();
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        // narratives: Kupang's, except every block of 02a-CP, and a text stored earlier with an unknown placeholder
        narratives.latestAll(kupang.id(), 2024).values().stream()
                .filter(v -> !v.sectionKey().startsWith("iku.02a-CP."))
                .forEach(v -> narratives.append(id, 2024, v.sectionKey(), v.content(), "test"));
        narratives.append(
                id, 2024, "bab4.penutup", "<p>NKO {{nko.Y}}, realisasi {{iku.01a-CP.realisasi.Q9}}.</p>", "test");
        // a sentence naming the realization before a placeholder that prints the index (the 09c-N prose of 2024)
        narratives.append(
                id,
                2024,
                "iku.09c-N.analisis",
                "<p>KPP berhasil mencapai realisasi sebesar {{iku.09c-N.indeks.Y}}.</p>",
                "test");
        // a missing period: 01a-CP Q3 not there (s.d. Q3, take-last, follows it)
        jdbc.sql("delete from realization where unit_id = ? and indicator_code = '01a-CP' and period = 'Q3'")
                .param(id)
                .update();
        // take-last: 04a-CP Smt. 1 entered and approved, different from Q2 (82.96)
        realizations.save(
                id,
                2024,
                new Realization(
                        "04a-CP",
                        Period.S1,
                        new BigDecimal("88.80"),
                        Map.of(),
                        null,
                        "test",
                        RealizationStatus.APPROVED,
                        "test",
                        null));
        // a draft revision of the PK changing 01a-CP's Q3 target
        PerformanceAgreement signed = agreements.findCurrent(id, 2024).orElseThrow();
        List<PerformanceAgreement.Indicator> changed = new ArrayList<>();
        for (PerformanceAgreement.Indicator i : signed.indicators()) {
            Map<Period, Target> t = new EnumMap<>(i.targets());
            if (i.code().equals("01a-CP")) {
                t.put(Period.Q3, Target.of("75"));
            }
            changed.add(new PerformanceAgreement.Indicator(i.code(), i.weight(), t));
        }
        agreements.create(
                id,
                2024,
                signed.frameworkVersionId(),
                2,
                signed.number(),
                signed.date(),
                signed.place(),
                AgreementStatus.DRAFT,
                signed.firstParty(),
                signed.secondParty(),
                changed,
                signed.budget(),
                "test");
        // totals: exact tax types that do not add up to the year's total; a DIPA item above its program
        revenue.saveLine(id, new RevenueLine(2024, "A1", new BigDecimal("1000000000001"), null));
        revenue.saveLine(id, new RevenueLine(2024, "B1", new BigDecimal("999999000000"), null));
        revenue.saveTotal(id, new RevenueTotal(2024, new BigDecimal("2000000000000"), null));
        budget.saveLine(
                id,
                new BudgetLine(
                        2024,
                        "CC",
                        null,
                        BudgetLevel.PROGRAM,
                        "Program",
                        null,
                        new BigDecimal("1000"),
                        new BigDecimal("900")),
                0);
        budget.saveLine(
                id,
                new BudgetLine(
                        2024,
                        "CC.1",
                        null,
                        BudgetLevel.ACTIVITY,
                        "Kegiatan",
                        null,
                        new BigDecimal("1500"),
                        new BigDecimal("900")),
                1);

        // a reported index stored by an import that the engine contradicts (04a-CP Q2: 82,96 of 83 is not 50)
        reportedIndexes.saveAll(
                2024, List.of(new ReportedIndexWrite(id, "04a-CP", Period.Q2, new BigDecimal("50"))), "test");

        ConsistencyReport r = check.check(own.code(), 2024);
        List<String> keys = r.findings().stream().map(this::key).toList();
        assertThat(keys)
                .contains(
                        "WARNING narrative IKU 02a-CP",
                        "ERROR placeholder Narasi: Penutup (versi 2)",
                        "WARNING period IKU 01a-CP",
                        "ERROR take-last IKU 04a-CP, Semester I",
                        "WARNING agreement IKU 01a-CP",
                        "ERROR revenue Penerimaan 2024, target",
                        "ERROR budget DIPA 2024, CC Program",
                        "ERROR reported-index IKU 04a-CP, Triwulan II",
                        "WARNING placeholder-kind Narasi: IKU 09c-N, Analisis capaian (versi 2)");
        assertThat(find(r, "narrative", "IKU 02a-CP")).contains("Analisis capaian", "Rencana aksi tahun berikutnya");
        assertThat(find(r, "placeholder", "Narasi: Penutup (versi 2)"))
                .contains("Penanda angka tidak dikenal: {{iku.01a-CP.realisasi.Q9}}");
        assertThat(find(r, "period", "IKU 01a-CP")).contains("periode Triwulan III, s.d. Triwulan III.");
        assertThat(find(r, "take-last", "IKU 04a-CP, Semester I")).contains("88,80", "82,96", "Triwulan II");
        assertThat(find(r, "agreement", "IKU 01a-CP"))
                .contains("Triwulan III: 73,00 (ditandatangani) menjadi 75,00 (draf)");
        assertThat(find(r, "revenue", "Penerimaan 2024, target")).contains("Rp999.999");
        assertThat(find(r, "budget", "DIPA 2024, CC Program")).contains("melebihi");
        assertThat(find(r, "reported-index", "IKU 04a-CP, Triwulan II")).contains("50,00", "lebih dari 0,01");
        // the IKU page marks it beside the official index of that period
        mvc.perform(get("/units/" + own.code() + "/iku/04a-CP")
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername(own.user("admin")))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("indeks dilaporkan saat impor 50,00, berbeda dari hitungan aplikasi")));
        assertThat(find(r, "placeholder-kind", "Narasi: IKU 09c-N, Analisis capaian (versi 2)"))
                .isEqualTo(
                        "Kalimat menyebut \u201crealisasi\u201d tepat sebelum {{iku.09c-N.indeks.Y}}, tetapi penanda angka itu "
                                + "mencetak indeks, bukan realisasi.");
        // errors first
        assertThat(r.findings().get(0).severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(r.findings().stream().map(Finding::severity).toList()).isSorted();
    }

    /** The PK without place, date or names, and an office without area: each document names what it lacks. */
    @Test
    void missingPlaceDateOrSignatoryNamesAreErrorsNamingWhatIsMissing() {
        OwnUnit own = OwnUnit.create("sg", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        assertThat(check.check(own.code(), 2024).findings())
                .noneMatch(f -> f.check().equals("signing"));
        // the second party's name and the date gone: only the PK lacks them
        jdbc.sql("update performance_agreement set second_party_name = null, agreement_date = null where unit_id = ?")
                .param(own.unit.id())
                .update();
        ConsistencyReport r = check.check(own.code(), 2024);
        assertThat(r.findings())
                .filteredOn(f -> f.check().equals("signing"))
                .extracting(this::key)
                .containsExactly("ERROR signing PK 2024: penandatanganan");
        assertThat(find(r, "signing", "PK 2024: penandatanganan"))
                .isEqualTo("PK tahun 2024 dicetak tanpa tanggal penandatanganan, nama pihak kedua (atasan).");
        // then the place and the head too, and the office has neither area nor head: the LAKIN and NKO report lack
        // them as well (with the PK's first party gone the unit's head signs; here there is none either)
        jdbc.sql("update performance_agreement set place = '', first_party_name = null where unit_id = ?")
                .param(own.unit.id())
                .update();
        jdbc.sql("delete from unit_area where unit_id = ?").param(own.unit.id()).update();
        jdbc.sql("update unit set head_name = null where id = ?")
                .param(own.unit.id())
                .update();
        r = check.check(own.code(), 2024);
        assertThat(find(r, "signing", "PK 2024: penandatanganan"))
                .contains(
                        "tempat penandatanganan",
                        "tanggal penandatanganan",
                        "nama pihak pertama (kepala kantor)",
                        "nama pihak kedua (atasan)");
        assertThat(find(r, "signing", "LAKIN dan laporan NKO 2024: penandatanganan"))
                .contains(
                        "tempat penandatanganan (tempat dokumen, tempat di PK dan wilayah kerja kantor semuanya kosong)",
                        "nama kepala kantor yang menandatangani");
        Finding reports = r.findings().stream()
                .filter(f -> texts.text(f.where(), ID).startsWith("LAKIN"))
                .findFirst()
                .orElseThrow();
        assertThat(reports.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(texts.text(reports.fix(), ID)).contains("Wilayah Kerja");
        assertThat(reports.link()).isEqualTo("/units/" + own.code() + "/reports/settings?year=2024");
    }

    @Test
    void roundingToleranceFollowsThePrecisionOfEachPart() {
        assertThat(RevenueChecks.roundingTolerance(List.of(new BigDecimal("397440000000"))))
                .isEqualByComparingTo("5000000"); // 0,01 miliar at most
        assertThat(RevenueChecks.roundingTolerance(List.of(new BigDecimal("400000"), new BigDecimal("0"))))
                .isEqualByComparingTo("50000"); // zero is exact
        assertThat(RevenueChecks.roundingTolerance(List.of(new BigDecimal("1727817621290"))))
                .isEqualByComparingTo("5");
    }

    /** "SEVERITY check where", where in Indonesian. */
    private String key(Finding f) {
        return f.severity() + " " + f.check() + " " + texts.text(f.where(), ID);
    }

    private String what(Finding f) {
        return texts.text(f.what(), ID);
    }

    /** What the finding of a check at a place says, in Indonesian. */
    private String find(ConsistencyReport r, String check, String where) {
        return what(r.findings().stream()
                .filter(f ->
                        f.check().equals(check) && texts.text(f.where(), ID).equals(where))
                .findFirst()
                .orElseThrow(() -> new AssertionError(check + " " + where + " not in "
                        + r.findings().stream().map(this::key).toList())));
    }

    private static final Locale ID = Locale.forLanguageTag("id-ID");
}
