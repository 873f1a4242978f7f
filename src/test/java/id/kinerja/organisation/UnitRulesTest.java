package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 12 item 1: the rules of a unit change in {@link Units}, the one place the pages, the API, the Excel sheet and
 * the command line go through (docs/domain.md "2. Organisation"). Two Kanwil of the test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitRulesTest {

    @Autowired
    Units units;

    @Autowired
    AuditLog audit;

    String tag;
    Unit kanwilA;
    Unit kanwilB;
    UnitEditor hq;
    UnitEditor adminA;

    @BeforeEach
    void twoKanwil() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36)
                .toUpperCase();
        hq = new UnitEditor("hq.admin", units.findByCode("DJP").orElseThrow().id(), true, false);
        kanwilA = units.create(hq, unit("KANWIL-A-" + tag, UnitType.KANWIL, "DJP"), null);
        kanwilB = units.create(hq, unit("KANWIL-B-" + tag, UnitType.KANWIL, "DJP"), null);
        adminA = new UnitEditor("a.admin", kanwilA.id(), true, false);
    }

    static NewUnit unit(String code, UnitType type, String parent) {
        return new NewUnit(code, "Unit " + code, type, parent, null, null, null, null, null);
    }

    NewUnit with(Unit u, String name, String parent) {
        return new NewUnit(
                u.code(),
                name,
                u.type(),
                parent,
                u.officialCode(),
                u.headName(),
                u.headNip(),
                u.headPosition(),
                u.areas(),
                u.address(),
                u.staffCount(),
                null);
    }

    @Test
    void eachTypeStandsUnderItsOwnKindOfParent() {
        UnitRefusedException kppUnderHq = catchThrowableOfType(
                UnitRefusedException.class, () -> units.create(hq, unit("KPP-X-" + tag, UnitType.KPP, "DJP"), null));
        assertThat(kppUnderHq.field()).isEqualTo("parentCode");
        assertThat(kppUnderHq.getMessage())
                .isEqualTo("Unit induk: Kantor Pelayanan Pajak harus berada di bawah Kantor Wilayah, sedangkan 'DJP'"
                        + " adalah Kantor Pusat");
        Unit kpp = units.create(hq, unit("KPP-X-" + tag, UnitType.KPP, kanwilA.code()), null);
        units.create(hq, unit("KP2KP-X-" + tag, UnitType.KP2KP, kpp.code()), null);
        units.create(hq, unit("SEKSI-X-" + tag, UnitType.SECTION, kpp.code()), null);
        assertThatThrownBy(() -> units.create(hq, unit("SEKSI-Y-" + tag, UnitType.SECTION, kanwilA.code()), null))
                .isInstanceOf(UnitRefusedException.class)
                .hasMessageContaining("harus berada di bawah Kantor Pelayanan Pajak");
        assertThatThrownBy(() -> units.create(hq, unit("KPP-Y-" + tag, UnitType.KPP, null), null))
                .isInstanceOf(UnitRefusedException.class)
                .hasMessage("Unit induk wajib diisi untuk Kantor Pelayanan Pajak");
        assertThatThrownBy(() -> units.create(UnitEditor.system("t"), unit("DJP2-" + tag, UnitType.HQ, null), null))
                .isInstanceOf(UnitRefusedException.class)
                .hasMessageContaining("Kantor Pusat sudah ada");
    }

    @Test
    void fieldsAreCheckedAndNamed() {
        NewUnit badNip = new NewUnit(
                "KPP-N-" + tag,
                "KPP N",
                UnitType.KPP,
                kanwilA.code(),
                null,
                "Kepala",
                "1234",
                null,
                null,
                null,
                null,
                null);
        UnitRefusedException nip =
                catchThrowableOfType(UnitRefusedException.class, () -> units.create(hq, badNip, null));
        assertThat(nip.field()).isEqualTo("headNip");
        assertThat(nip.getMessage()).isEqualTo("NIP kepala '1234' tidak sah: NIP terdiri atas 18 angka");

        NewUnit noName = new NewUnit("KPP-N-" + tag, " ", UnitType.KPP, kanwilA.code(), null, null, null, null, null);
        assertThatThrownBy(() -> units.create(hq, noName, null)).hasMessage("Nama unit wajib diisi");

        NewUnit taken = unit(kanwilB.code(), UnitType.KANWIL, "DJP");
        UnitRefusedException twice =
                catchThrowableOfType(UnitRefusedException.class, () -> units.create(hq, taken, null));
        assertThat(twice.conflict()).isTrue();
        assertThat(twice.getMessage()).isEqualTo("Kode unit '" + kanwilB.code() + "' sudah dipakai unit lain");

        NewUnit wrongSum = new NewUnit(
                "KPP-S-" + tag,
                "KPP S",
                UnitType.KPP,
                kanwilA.code(),
                null,
                null,
                null,
                null,
                List.of("Kota Kupang", "Kabupaten Alor"),
                null,
                10,
                List.of(new StaffGroup(StaffGrouping.RANK, "III", 6), new StaffGroup(StaffGrouping.RANK, "II", 3)));
        assertThatThrownBy(() -> units.create(hq, wrongSum, null))
                .hasMessage("Pegawai per kelompok: jumlah tabel Golongan (9) tidak sama dengan jumlah pegawai (10)");

        NewUnit twiceArea = new NewUnit(
                "KPP-S-" + tag,
                "KPP S",
                UnitType.KPP,
                kanwilA.code(),
                null,
                null,
                null,
                null,
                List.of("Kota Kupang", "kota kupang"),
                null,
                null,
                null);
        assertThatThrownBy(() -> units.create(hq, twiceArea, null))
                .hasMessage("Wilayah kerja: 'kota kupang' disebut dua kali");
    }

    @Test
    void theDetailsAreKeptAndTheAreaReadsAsOnePhrase() {
        NewUnit full = new NewUnit(
                "KPP-F-" + tag,
                "KPP Pratama F",
                UnitType.KPP,
                kanwilA.code(),
                "123",
                "Nama Kepala",
                "198001012005011001",
                "Kepala Kantor",
                List.of("Kota Kupang", "Kabupaten Kupang", "Kabupaten Alor"),
                "Jl. Uji 1",
                10,
                List.of(
                        new StaffGroup(StaffGrouping.RANK, "III", 6),
                        new StaffGroup(StaffGrouping.RANK, "II", 4),
                        new StaffGroup(StaffGrouping.GENDER, "Laki-laki", 7),
                        new StaffGroup(StaffGrouping.GENDER, "Perempuan", 3)));
        Unit u = units.create(adminA, full, null);

        assertThat(u.headNip()).isEqualTo("198001012005011001");
        assertThat(u.headPosition()).isEqualTo("Kepala Kantor");
        assertThat(u.area()).isEqualTo("Kota Kupang, Kabupaten Kupang, dan Kabupaten Alor");
        assertThat(Units.splitArea(u.area())).isEqualTo(u.areas());
        assertThat(units.staff(u.id()))
                .extracting(g -> g.grouping() + " " + g.label() + " " + g.count())
                .containsExactly("RANK III 6", "RANK II 4", "GENDER Laki-laki 7", "GENDER Perempuan 3");
        // an update without staff groups keeps them
        units.update(adminA, u.code(), with(u, "KPP Pratama F Baru", kanwilA.code()), null);
        assertThat(units.staff(u.id())).hasSize(4);
        assertThat(units.findById(u.id()).orElseThrow().updatedBy()).isEqualTo("a.admin");
    }

    @Test
    void aKanwilAdministratorManagesItsOwnSubtreeOnly() {
        Unit kppA = units.create(adminA, unit("KPP-A-" + tag, UnitType.KPP, kanwilA.code()), null);
        Unit kppB = units.create(hq, unit("KPP-B-" + tag, UnitType.KPP, kanwilB.code()), null);

        assertThatThrownBy(() -> units.create(adminA, unit("KPP-C-" + tag, UnitType.KPP, kanwilB.code()), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("tidak berwenang membuat unit di bawah '" + kanwilB.code() + "'");
        assertThatThrownBy(() -> units.update(adminA, kppB.code(), with(kppB, "Diambil alih", kanwilB.code()), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("tidak berwenang mengubah unit '" + kppB.code() + "'");
        assertThatThrownBy(() -> units.update(adminA, kppA.code(), with(kppA, kppA.name(), kanwilB.code()), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("tidak berwenang memindahkan unit '" + kppA.code() + "'");
        assertThatThrownBy(() -> units.deactivate(adminA, kppB.code(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(units.mayManage(adminA, kppA.id())).isTrue();
        assertThat(units.mayManage(adminA, kppB.id())).isFalse();
        // a performance administrator of the Kanwil: the units under it, not the Kanwil itself
        UnitEditor paA = new UnitEditor("a.pk", kanwilA.id(), false, true);
        assertThat(units.mayManage(paA, kppA.id())).isTrue();
        assertThat(units.mayManage(paA, kanwilA.id())).isFalse();
        // headquarters moves the office to the other Kanwil
        units.update(hq, kppA.code(), with(kppA, kppA.name(), kanwilB.code()), "reorganisasi");
        assertThat(units.findById(kppA.id()).orElseThrow().parentId()).isEqualTo(kanwilB.id());
        assertThat(units.mayManage(adminA, kppA.id())).isFalse();
    }

    @Test
    void aMoveAndARenameAreAuditedWithTheOldAndTheNewValue() {
        Unit kpp = units.create(adminA, unit("KPP-M-" + tag, UnitType.KPP, kanwilA.code()), null);

        units.update(hq, kpp.code(), with(kpp, "KPP Pratama Baru", kanwilB.code()), "reorganisasi 2025");

        List<AuditEvent> events = audit.find(kpp.id(), Units.AUDIT_ENTITY, kpp.code());
        assertThat(events)
                .filteredOn(e -> e.action().equals("rename"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.oldValue()).isEqualTo("Unit KPP-M-" + tag);
                    assertThat(e.newValue()).isEqualTo("KPP Pratama Baru");
                    assertThat(e.username()).isEqualTo("hq.admin");
                    assertThat(e.reason()).isEqualTo("reorganisasi 2025");
                });
        assertThat(events)
                .filteredOn(e -> e.action().equals("move"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.oldValue()).isEqualTo(kanwilA.code());
                    assertThat(e.newValue()).isEqualTo(kanwilB.code());
                });
        assertThat(events).filteredOn(e -> e.action().equals("create")).hasSize(1);
    }

    @Test
    void aUnitIsDeactivatedNeverDeletedAndNotOfferedForNewUnits() {
        Unit kpp = units.create(adminA, unit("KPP-D-" + tag, UnitType.KPP, kanwilA.code()), null);
        Unit section = units.create(adminA, unit("SEKSI-D-" + tag, UnitType.SECTION, kpp.code()), null);

        UnitRefusedException withChildren =
                catchThrowableOfType(UnitRefusedException.class, () -> units.deactivate(adminA, kpp.code(), null));
        assertThat(withChildren.getMessage())
                .isEqualTo("Unit '" + kpp.code() + "' masih memiliki unit aktif di bawahnya: nonaktifkan unit-unit"
                        + " itu dahulu");
        units.deactivate(adminA, section.code(), "digabung");
        Unit inactive = units.deactivate(adminA, kpp.code(), "digabung");

        assertThat(inactive.active()).isFalse();
        assertThat(units.findByCode(kpp.code())).isPresent();
        assertThatThrownBy(() -> units.create(adminA, unit("SEKSI-E-" + tag, UnitType.SECTION, kpp.code()), null))
                .isInstanceOf(UnitRefusedException.class)
                .hasMessageContaining("sudah dinonaktifkan");
        assertThatThrownBy(() -> units.reactivate(adminA, section.code(), null))
                .hasMessageContaining("Unit induk '" + kpp.code() + "' sudah dinonaktifkan");
        assertThatThrownBy(() -> units.deactivate(adminA, kanwilA.code(), null))
                .hasMessageContaining("unit akun Anda sendiri");
        assertThat(audit.find(kpp.id(), Units.AUDIT_ENTITY, kpp.code()))
                .filteredOn(e -> e.action().equals("deactivate"))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("digabung"));

        assertThat(units.reactivate(adminA, kpp.code(), null).active()).isTrue();
        assertThat(units.reactivate(adminA, section.code(), null).active()).isTrue();
    }
}
