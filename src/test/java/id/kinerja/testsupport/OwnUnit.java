package id.kinerja.testsupport;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own KPP (and a sibling KPP) under a Kanwil of its own, so that tests which change data never touch
 * KPP-KUPANG and never leave offices under KANWIL-NUSRA that later test classes must tolerate (the order of the
 * test classes does not matter, and a batch over KANWIL-NUSRA does not grow with the number of classes run
 * before it): its 2024 agreement copies Kupang's (signed, version 1, same framework version), its realizations
 * copy Kupang's approved ones except for the IKU left open, and it has one account per role.
 * Usernames: {@code <tag>.pic} (PIC of 01a-CP and 04a-CP), {@code <tag>.pic2} (PIC of 02a-CP),
 * {@code <tag>.admin} (performance administrator), {@code <tag>.head}, {@code <tag>.viewer},
 * {@code <tag>.sibling} (performance administrator of the sibling KPP) and {@code <tag>.reviewer} (reviewer of
 * the Kanwil above both, as nusra.reviewer is for KPP-KUPANG).
 */
public final class OwnUnit {

    public static final int YEAR = 2024;

    public final String tag;
    public final Unit kanwil;
    public final Unit unit;
    public final Unit sibling;

    private OwnUnit(String tag, Unit kanwil, Unit unit, Unit sibling) {
        this.tag = tag;
        this.kanwil = kanwil;
        this.unit = unit;
        this.sibling = sibling;
    }

    public String code() {
        return unit.code();
    }

    public String user(String role) {
        return tag + "." + role;
    }

    /**
     * Creates a Kanwil of the test's own under DJP, the units under it, the accounts and (when
     * {@code withAgreement}) the agreement and realizations.
     *
     * @param open IKU whose realizations are not copied from Kupang (left for the test to enter)
     */
    public static OwnUnit create(
            String prefix,
            boolean withAgreement,
            Set<String> open,
            Units units,
            AgreementRepository agreements,
            FrameworkCatalog frameworks,
            RealizationRepository realizations,
            AccountService accounts) {
        return create(null, prefix, withAgreement, open, units, agreements, frameworks, realizations, accounts);
    }

    /**
     * The same under an existing Kanwil ({@code kanwilCode}, e.g. KANWIL-NUSRA for a test of what a Kanwil sees
     * of the demo office and its own together), or under a new Kanwil of its own when {@code kanwilCode} is null.
     */
    public static OwnUnit create(
            String kanwilCode,
            String prefix,
            boolean withAgreement,
            Set<String> open,
            Units units,
            AgreementRepository agreements,
            FrameworkCatalog frameworks,
            RealizationRepository realizations,
            AccountService accounts) {
        String tag = prefix + Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
        String code = "KPP-UJI-" + tag.toUpperCase();
        Unit kanwil = kanwilCode != null
                ? units.findByCode(kanwilCode).orElseThrow()
                : units.create(new NewUnit(
                        "KANWIL-UJI-" + tag.toUpperCase(),
                        "Kanwil DJP Uji " + tag,
                        UnitType.KANWIL,
                        "DJP",
                        null,
                        "Kepala Kanwil Uji " + tag,
                        null,
                        null,
                        null));
        Unit unit = units.create(new NewUnit(
                code,
                "KPP Pratama Uji " + tag,
                UnitType.KPP,
                kanwil.code(),
                null,
                "Kepala Uji " + tag,
                null,
                null,
                80));
        Unit sibling = units.create(new NewUnit(
                code + "-B", "KPP Pratama Uji " + tag + " B", UnitType.KPP, kanwil.code(), null, null, null, null, 60));
        if (withAgreement) {
            Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
            PerformanceAgreement pk = agreements.findCurrent(kupang.id(), YEAR).orElseThrow();
            agreements.create(
                    unit.id(),
                    YEAR,
                    frameworks.latest("djp-kpp-pratama-2024").orElseThrow().id(),
                    1,
                    "PK-UJI/" + tag,
                    LocalDate.of(YEAR, 1, 15),
                    "Kupang",
                    AgreementStatus.SIGNED,
                    new PerformanceAgreement.Party("Kepala Uji " + tag, "Kepala KPP Pratama Uji"),
                    new PerformanceAgreement.Party("Kepala Kanwil", "Kepala Kanwil DJP Nusa Tenggara"),
                    pk.indicators(),
                    pk.budget(),
                    "test");
            for (Realization r : realizations.findByUnitAndYear(kupang.id(), YEAR)) {
                if (!open.contains(r.indicatorCode())) {
                    realizations.save(
                            unit.id(),
                            YEAR,
                            new Realization(
                                    r.indicatorCode(),
                                    r.period(),
                                    r.value(),
                                    r.components(),
                                    r.note(),
                                    r.source(),
                                    RealizationStatus.APPROVED,
                                    "test",
                                    null));
                }
            }
        }
        accounts.create(
                tag + ".pic",
                "PIC " + tag,
                "rahasia-uji-kinerja",
                code,
                Set.of(Role.PIC),
                Set.of("01a-CP", "04a-CP"),
                "test");
        accounts.create(
                tag + ".pic2", "PIC 2 " + tag, "rahasia-uji-kinerja", code, Set.of(Role.PIC), Set.of("02a-CP"), "test");
        accounts.create(
                tag + ".admin",
                "Pengelola " + tag,
                "rahasia-uji-kinerja",
                code,
                Set.of(Role.PERFORMANCE_ADMIN),
                Set.of(),
                "test");
        accounts.create(
                tag + ".head", "Kepala " + tag, "rahasia-uji-kinerja", code, Set.of(Role.HEAD), Set.of(), "test");
        accounts.create(
                tag + ".viewer", "Pembaca " + tag, "rahasia-uji-kinerja", code, Set.of(Role.VIEWER), Set.of(), "test");
        accounts.create(
                tag + ".sibling",
                "Pengelola B " + tag,
                "rahasia-uji-kinerja",
                sibling.code(),
                Set.of(Role.PERFORMANCE_ADMIN),
                Set.of(),
                "test");
        accounts.create(
                tag + ".reviewer",
                "Evaluator " + tag,
                "rahasia-uji-kinerja",
                kanwil.code(),
                Set.of(Role.REVIEWER),
                Set.of(),
                "test");
        return new OwnUnit(tag, kanwil, unit, sibling);
    }
}
