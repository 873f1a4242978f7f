package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.budget.BudgetLevel;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.recognition.Innovation;
import id.kinerja.recognition.Recognitions;
import id.kinerja.revenue.RevenueService;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.KupangFixture;
import id.kinerja.scoring.ObjectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.ScoringEngine;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole path through the database: Flyway migrations on the embedded PostgreSQL, the demo data
 * set loaded on first start, and the scorecard computed from the stored agreement and realizations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KupangDemoDatabaseTest {

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    RevenueService revenue;

    @Autowired
    BudgetService budget;

    @Autowired
    Recognitions recognition;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment env;

    @Test
    void migrationsRanAndTheDemoIsLoadedOnce() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(loader.isLoaded()).isTrue();
        long before = units.count();
        assertThat(loader.loadKupangIfAbsent()).isFalse();
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void theUnitTree() {
        Unit kpp = units.findByCode("KPP-KUPANG").orElseThrow();
        Unit kanwil = units.findById(kpp.parentId()).orElseThrow();
        Unit djp = units.findById(kanwil.parentId()).orElseThrow();
        assertThat(kanwil.code()).isEqualTo("KANWIL-NUSRA");
        assertThat(kanwil.officialCode()).isEqualTo("WPJ.31");
        assertThat(djp.code()).isEqualTo("DJP");
        assertThat(djp.parentId()).isNull();
        assertThat(kpp.staffCount()).isEqualTo(107);
        assertThat(kpp.headName()).isEqualTo("Rimedi Tarigan");
        assertThat(units.findChildren(kpp.id())).extracting(Unit::code).contains("KP2KP-KALABAHI", "KP2KP-BAA");
    }

    @Test
    void theAgreementHoldsEveryIkuWithItsSevenTargets() {
        Unit kpp = units.findByCode("KPP-KUPANG").orElseThrow();
        var pk = agreements.findCurrent(kpp.id(), 2024).orElseThrow();
        assertThat(pk.number()).isEqualTo("PK-13A/WPJ.31/2024");
        assertThat(pk.indicators()).hasSize(20);
        var iku01a = pk.indicators().getFirst();
        assertThat(iku01a.code()).isEqualTo("01a-CP");
        assertThat(iku01a.weight()).isEqualByComparingTo("26");
        assertThat(iku01a.targets()).hasSize(7);
        assertThat(iku01a.targets().get(Period.SDQ3).value()).isEqualByComparingTo("73");
        var iku09b = pk.indicators().stream()
                .filter(i -> i.code().equals("09b-N"))
                .findFirst()
                .orElseThrow();
        assertThat(iku09b.targets()).containsOnlyKeys(Period.Y);
        assertThat(pk.budget().stream()
                        .filter(b -> !b.code().contains("."))
                        .map(b -> b.amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("14588161000");
    }

    @Test
    void yearlyScoreThroughTheDatabaseIsTheReportsNko() {
        UnitScorecard card = scorecards.score("KPP-KUPANG", 2024, Period.Y);
        Scorecard s = card.scorecard();
        assertThat(round(s.nko())).isEqualTo("108.38");
        assertThat(s.predicate().name()).isEqualTo("Istimewa");
        Map<String, String> ss =
                s.objectives().stream().collect(Collectors.toMap(ObjectiveScore::code, o -> round(o.index())));
        assertThat(ss)
                .containsEntry("SS1", "99.07")
                .containsEntry("SS2", "108.75")
                .containsEntry("SS3", "100.17")
                .containsEntry("SS4", "113.99")
                .containsEntry("SS5", "120.00")
                .containsEntry("SS6", "120.00")
                .containsEntry("SS7", "112.69")
                .containsEntry("SS8", "120.00")
                .containsEntry("SS9", "107.49")
                .containsEntry("SS10", "120.00");
        assertThat(card.frameworkVersion().code()).isEqualTo("djp-kpp-pratama-2024");
    }

    @Test
    void everyPeriodThroughTheDatabaseEqualsTheTranscribedFigures() {
        ScoringEngine engine = new ScoringEngine();
        for (Period p : Period.values()) {
            UnitScorecard fromDb = scorecards.score("KPP-KUPANG", 2024, p);
            Scorecard fromFigures = engine.score(fromDb.framework(), KupangFixture.inputs(), p);
            assertThat(fromDb.scorecard().nko()).as("NKO %s", p).isEqualByComparingTo(fromFigures.nko());
            assertThat(fromDb.scorecard().indicators()).as("indicators %s", p).hasSameSizeAs(fromFigures.indicators());
            for (int i = 0; i < fromFigures.indicators().size(); i++) {
                var a = fromDb.scorecard().indicators().get(i);
                var b = fromFigures.indicators().get(i);
                assertThat(a.code()).isEqualTo(b.code());
                assertThat(a.index() == null ? null : round(a.index()))
                        .as("%s %s", a.code(), p)
                        .isEqualTo(b.index() == null ? null : round(b.index()));
            }
        }
    }

    @Test
    void revenueBudgetAwardsAndInnovationsAreStored() {
        long kpp = units.findByCode("KPP-KUPANG").orElseThrow().id();
        assertThat(revenue.findTotals(kpp)).anySatisfy(t -> {
            assertThat(t.year()).isEqualTo(2024);
            assertThat(t.realization()).isEqualByComparingTo("1727817621290");
            assertThat(t.target()).isEqualByComparingTo("1719188387000");
        });
        assertThat(revenue.findLines(kpp)).anySatisfy(l -> {
            assertThat(l.taxTypeCode()).isEqualTo("A1");
            assertThat(l.year()).isEqualTo(2024);
            assertThat(l.realization()).isEqualByComparingTo("432310000000");
        });
        var lines = budget.findLines(kpp, 2024);
        BigDecimal programs = lines.stream()
                .filter(l -> l.level() == BudgetLevel.PROGRAM)
                .map(BudgetLine::ceiling)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = lines.stream()
                .filter(l -> l.level() == BudgetLevel.PROGRAM)
                .map(BudgetLine::realization)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(programs).isEqualByComparingTo("14577137000");
        assertThat(spent).isEqualByComparingTo("13756200083");
        assertThat(lines)
                .filteredOn(l -> l.code().equals("CC.4791.BMA.004"))
                .singleElement()
                .extracting(BudgetLine::parentCode)
                .isEqualTo("CC.4791");
        assertThat(budget.findKinds(kpp, 2024)).hasSize(3);
        assertThat(recognition.awards(kpp, 2024)).hasSize(9);
        assertThat(recognition.innovations(kpp, 2024))
                .extracting(Innovation::name)
                .containsExactly("DARA DESAKU", "MEI BE SONDE", "SAPI KOE", "ES KELAPA", "JUST TRIPLE C", "PANTAI");
    }

    @Test
    void aMalformedDataFileLoadsNothingAndSaysWhere() {
        long unitsBefore = units.count();
        String yaml = """
                units:
                  - {code: KPP-BARU, name: KPP Pratama Baru, type: KPP, parent: KANWIL-NUSRA}
                agreements:
                  - unit: KPP-BARU
                    year: 2024
                    framework: djp-kpp-pratama-2024
                    status: SIGNED
                    firstParty: {name: A, position: B}
                    secondParty: {name: C, position: D}
                    indicators:
                      - {code: 01a-CP, weight: dua puluh, targets: {Y: 100}}
                """;
        assertThatThrownBy(
                        () -> loader.load("baru.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("baru.yaml: agreements[0].indicators[0].weight")
                .hasMessageContaining("dua puluh");
        assertThat(units.count()).isEqualTo(unitsBefore);
        assertThat(units.findByCode("KPP-BARU")).isEmpty();
    }

    @Test
    void healthIsUp() throws Exception {
        String port = env.getProperty("local.server.port");
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"status\":\"UP\"");
        }
    }

    private static String round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
