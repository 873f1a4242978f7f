package id.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.AgreementImports;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.OwnFramework;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.internal.FrameworkVersionRepository;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.scoring.Target;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imported targets obey the agreement's own rules, the same as the PK form's (docs/domain.md, the performance
 * agreement): a range IKU's target needs an upper bound, and the workbook has no column for one. A Target row that
 * would leave a range IKU without it is refused in the preview naming sheet, row, unit, IKU and the form's reason, in
 * the importer's language; the write refuses it as well when a plan lets it through; nothing is written either way.
 * The framework is the shipped 2024 one as a year of its own (2031) with 02b-CP of range polarity.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportedTargetRulesTest {

    static final int YEAR = 2031;
    static final String CODE = "test-range-2031";
    static final String RANGE_IKU = "02b-CP";

    @Autowired
    WorkbookExporter exporter;

    @Autowired
    ImportService imports;

    @Autowired
    ImportApplier applier;

    @Autowired
    AgreementImports agreementImports;

    @Autowired
    Agreements agreementQueries;

    @Autowired
    Units units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    FrameworkVersionRepository versions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    @TempDir
    Path dir;

    OwnUnit own;
    FrameworkVersion framework;
    PerformanceAgreement draft;

    /** The unit's 2031 draft under the range framework: 02b-CP's annual target 100 up to 110, 01a-CP's 100. */
    @BeforeEach
    void aDraftUnderARangeFramework() throws Exception {
        framework = OwnFramework.store(
                CODE,
                OwnFramework.text(CODE, YEAR, Map.of(RANGE_IKU, Polarity.RANGE)),
                dir,
                versions,
                events,
                transactionManager);
        assertThat(frameworks.framework(framework.id()).indicator(RANGE_IKU).polarity())
                .isEqualTo(Polarity.RANGE);
        own = OwnUnit.create("tr", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        agreementImports.load(
                own.unit.id(),
                YEAR,
                framework.id(),
                1,
                null,
                null,
                null,
                AgreementStatus.DRAFT,
                new PerformanceAgreement.Party(own.unit.headName(), null),
                new PerformanceAgreement.Party(null, null),
                List.of(
                        new PerformanceAgreement.Indicator(
                                "01a-CP",
                                new BigDecimal("26"),
                                Map.of(Period.Y, new Target(new BigDecimal("100"), null))),
                        new PerformanceAgreement.Indicator(
                                RANGE_IKU,
                                new BigDecimal("19"),
                                Map.of(Period.Y, new Target(new BigDecimal("100"), new BigDecimal("110"))))),
                List.of(),
                "test");
        draft = agreementQueries.findCurrent(own.unit.id(), YEAR).orElseThrow();
    }

    ImportActor admin() {
        return ImportActor.of((CurrentUser) users.loadUserByUsername(own.user("admin")));
    }

    /** The unit's 2031 workbook with the annual target of 02b-CP changed to 105 (no upper bound to give), and its row. */
    record Changed(byte[] file, int row) {}

    Changed withNewRangeTarget() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exporter.export(own.unit, YEAR)))) {
            Sheet s = wb.getSheet("Target");
            int row = -1;
            for (Row r : s) {
                if (r.getRowNum() > 0
                        && r.getCell(1) != null
                        && RANGE_IKU.equals(r.getCell(1).getStringCellValue())) {
                    r.getCell(10).setCellValue(105);
                    row = r.getRowNum() + 1;
                }
            }
            assertThat(row)
                    .as("the exported Target sheet has a row of %s", RANGE_IKU)
                    .isPositive();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return new Changed(out.toByteArray(), row);
        }
    }

    void assertNothingWritten() {
        PerformanceAgreement after =
                agreementQueries.findCurrent(own.unit.id(), YEAR).orElseThrow();
        assertThat(after.id()).isEqualTo(draft.id());
        assertThat(after.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(after.indicators()).isEqualTo(draft.indicators());
        assertThat(after.indicators().stream()
                        .filter(i -> i.code().equals(RANGE_IKU))
                        .findFirst()
                        .orElseThrow()
                        .targets())
                .containsExactly(Map.entry(Period.Y, new Target(new BigDecimal("100"), new BigDecimal("110"))));
    }

    @Test
    void aRangeTargetWithoutAnUpperBoundIsRefusedInThePreviewNamingTheRowAndNothingIsWritten() throws Exception {
        Changed changed = withNewRangeTarget();
        String expected = "Lembar 'Target', baris " + changed.row() + ", kolom B (Kode IKU): target " + own.code()
                + " untuk IKU " + RANGE_IKU + " ditolak oleh aturan perjanjian kinerja (sama dengan formulir PK): "
                + "Batas atas target IKU " + RANGE_IKU + " periode Tahunan wajib diisi (IKU berpolaritas rentang).";
        assertThatThrownBy(() -> imports.plan(changed.file(), "rentang.xlsx", admin()))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::text)
                                .containsExactly(expected));
        assertThatThrownBy(() -> imports.importNow(changed.file(), "rentang.xlsx", admin()))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::text)
                                .containsExactly(expected));
        assertNothingWritten();
    }

    @Test
    void anEnglishImporterIsToldTheFormsReasonInEnglish() throws Exception {
        Changed changed = withNewRangeTarget();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThatThrownBy(() -> imports.importNow(changed.file(), "range.xlsx", admin()))
                    .isInstanceOfSatisfying(
                            ImportRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(ImportProblem::text)
                                    .containsExactly("Sheet 'Target', row " + changed.row()
                                            + ", column B (Kode IKU): the targets of " + own.code() + " for IKU "
                                            + RANGE_IKU
                                            + " are refused by the performance agreement's rules (the same as the PK form): "
                                            + "The upper bound of the target of IKU " + RANGE_IKU
                                            + ", period Annual is required (range polarity)."));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertNothingWritten();
    }

    @Test
    void theWriteRefusesARangeTargetWithoutAnUpperBoundThatAPlanLetThrough() {
        Writes writes = new Writes();
        writes.agreements.add(new Writes.AgreementWrite(
                own.code(),
                draft.id(),
                framework.id(),
                List.of(new PerformanceAgreement.Indicator(
                        RANGE_IKU, new BigDecimal("19"), Map.of(Period.Y, new Target(new BigDecimal("105"), null))))));
        ImportPlan plan = new ImportPlan(
                "rentang.xlsx",
                "0".repeat(64),
                own.code(),
                YEAR,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "id");
        ImportTexts texts = new ImportTexts(messages, Locale.forLanguageTag("id"));
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        assertThatThrownBy(
                        () -> transaction.executeWithoutResult(status -> applier.apply(writes, plan, admin(), texts)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::text)
                                .containsExactly("Lembar 'Target': target " + own.code() + " untuk IKU " + RANGE_IKU
                                        + " ditolak oleh aturan perjanjian kinerja (sama dengan formulir PK): Batas atas target"
                                        + " IKU " + RANGE_IKU
                                        + " periode Tahunan wajib diisi (IKU berpolaritas rentang)."));
        assertNothingWritten();
    }
}
