package id.kinerja.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("""
                        select a.id, a.username, a.display_name, a.password_hash, a.unit_id, u.code, a.enabled
                        from app_user a join unit u on u.id = a.unit_id where a.username = ?""")
                .param(username)
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getBoolean(7)
                })
                .optional()
                .map(r -> new Account(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Long) r[4],
                        (String) r[5],
                        (Boolean) r[6],
                        roles((Long) r[0]),
                        indicators((Long) r[0])));
    }

    public List<String> usernames() {
        return jdbc.sql("select username from app_user order by id")
                .query(String.class)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Set<String> indicators(long userId) {
        return new LinkedHashSet<>(
                jdbc.sql("select indicator_code from user_indicator where user_id = ? order by indicator_code")
                        .param(userId)
                        .query(String.class)
                        .list());
    }

    /** Replaces an account's password hash. */
    public void updatePasswordHash(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordHash, userId)
                .update();
    }

    /** Creates an account with its roles and IKU, in one transaction. */
    @Transactional
    public long create(
            String username,
            String displayName,
            String passwordHash,
            long unitId,
            Set<Role> roles,
            Set<String> indicatorCodes) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, unit_id) values (?, ?, ?, ?)
                        returning id""")
                .params(username, displayName, passwordHash, unitId)
                .query(Long.class)
                .single();
        for (Role r : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                    .params(id, r.name())
                    .update();
        }
        for (String code : new ArrayList<>(indicatorCodes)) {
            jdbc.sql("insert into user_indicator (user_id, indicator_code) values (?, ?)")
                    .params(id, code)
                    .update();
        }
        return id;
    }
}
