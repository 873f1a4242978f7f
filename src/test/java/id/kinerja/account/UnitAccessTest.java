package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organisation.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The unit-tree rules with the demo accounts. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitAccessTest {

    @Autowired
    UnitAccess access;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    @Test
    void visibilityFollowsTheTree() {
        assertThat(access.canView(user("kupang.pic"), unit("KPP-KUPANG"))).isTrue();
        assertThat(access.canView(user("kupang.pic"), unit("KP2KP-BAA"))).isTrue();
        assertThat(access.canView(user("kupang.pic"), unit("KANWIL-NUSRA"))).isFalse();
        assertThat(access.canView(user("kupang.pic"), unit("DJP"))).isFalse();
        assertThat(access.canView(user("nusra.reviewer"), unit("KPP-KUPANG"))).isTrue();
        assertThat(access.canView(user("nusra.reviewer"), unit("DJP"))).isFalse();
        assertThat(access.canView(user("admin"), unit("KPP-KUPANG"))).isTrue();
    }

    @Test
    void changesAreMadeInTheOwnUnitByRole() {
        long kupang = unit("KPP-KUPANG");
        assertThat(access.canEnterRealization(user("kupang.pic"), kupang, "01a-CP"))
                .isTrue();
        assertThat(access.canEnterRealization(user("kupang.pic"), kupang, "04a-CP"))
                .isFalse();
        assertThat(access.canEnterRealization(user("kupang.admin"), kupang, "04a-CP"))
                .isTrue();
        assertThat(access.canEnterRealization(user("nusra.reviewer"), kupang, "01a-CP"))
                .isFalse();
        assertThat(access.canVerify(user("kupang.admin"), kupang)).isTrue();
        assertThat(access.canVerify(user("kupang.pic"), kupang)).isFalse();
        assertThat(access.canApprove(user("kupang.head"), kupang)).isTrue();
        assertThat(access.canApprove(user("kupang.admin"), kupang)).isFalse();
        assertThat(access.canUnlock(user("admin"), kupang)).isTrue();
        assertThat(access.canUnlock(user("kupang.head"), kupang)).isFalse();
        assertThat(access.canSignAgreement(user("kupang.head"), kupang)).isTrue();
        assertThat(access.canEditAgreement(user("kupang.admin"), kupang)).isTrue();
        assertThat(access.canEditAgreement(user("nusra.reviewer"), kupang)).isFalse();
    }
}
