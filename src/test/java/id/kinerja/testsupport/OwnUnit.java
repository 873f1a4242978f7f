package id.kinerja.testsupport;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRepository;
import id.kinerja.organisation.UnitType;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationRepository;
import id.kinerja.realization.RealizationStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own KPP under KANWIL-NUSRA (and a sibling KPP), so that tests which change data never touch
 * KPP-KUPANG: its 2024 agreement copies Kupang's (signed, version 1, same framework version), its realizations
 * copy Kupang's approved ones except for the IKU left open, and it has one account per role.
 * Usernames: {@code <tag>.pic} (PIC of 01a-CP and 04a-CP), {@code <tag>.pic2} (PIC of 02a-CP),
 * {@code <tag>.admin} (performance administrator), {@code <tag>.head}, {@code <tag>.viewer}, and
 * {@code <tag>.sibling} (performance administrator of the sibling KPP).
 */
public final class OwnUnit {

    public static final int YEAR = 2024;

    public final String tag;
    public final Unit unit;
    public final Unit sibling;

    private OwnUnit(String tag, Unit unit, Unit sibling) {
        this.tag = tag;
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
     * Creates the units, accounts and (when {@code withAgreement}) the agreement and realizations.
     *
     * @param open IKU whose realizations are not copied from Kupang (left for the test to enter)
     */
    public static OwnUnit create(
            String prefix,
            boolean withAgreement,
            Set<String> open,
            UnitRepository units,
            AgreementRepository agreements,
            FrameworkCatalog frameworks,
            RealizationRepository realizations,
            AccountService accounts) {
        String tag = prefix + Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
        String code = "KPP-UJI-" + tag.toUpperCase();
        Unit unit = units.create(new NewUnit(
                code,
                "KPP Pratama Uji " + tag,
                UnitType.KPP,
                "KANWIL-NUSRA",
                null,
                "Kepala Uji " + tag,
                null,
                null,
                80));
        Unit sibling = units.create(new NewUnit(
                code + "-B",
                "KPP Pratama Uji " + tag + " B",
                UnitType.KPP,
                "KANWIL-NUSRA",
                null,
                null,
                null,
                null,
                60));
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
        return new OwnUnit(tag, unit, sibling);
    }
}
