package id.kinerja.account.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code login_throttle} table: failure counts and delays by throttle key, shared by every app node. */
@Repository
public class LoginThrottleRepository {

    private final JdbcClient jdbc;

    LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any of the keys is delayed now. */
    public boolean anyDelayed(String firstKey, String secondKey) {
        return jdbc.sql("""
                        select count(*) from login_throttle
                        where throttle_key in (?, ?) and blocked_until > now()""").params(firstKey, secondKey).query(Long.class).single() > 0;
    }

    /** Counts a failure of the key (restarting the count after {@code window}); the failures counted now. */
    public int countFailure(String throttleKey, Duration window) {
        return jdbc.sql("""
                        insert into login_throttle (throttle_key, failures, last_failure) values (?, 1, now())
                        on conflict (throttle_key) do update set
                            failures = case when login_throttle.last_failure < now() - make_interval(secs => ?)
                                            then 1 else login_throttle.failures + 1 end,
                            last_failure = now()
                        returning failures""")
                .params(throttleKey, window.toSeconds())
                .query(Integer.class)
                .single();
    }

    /** Delays the key for {@code delay} from now. */
    public void block(String throttleKey, Duration delay) {
        jdbc.sql("update login_throttle set blocked_until = now() + make_interval(secs => ?) where throttle_key = ?")
                .params(delay.toSeconds(), throttleKey)
                .update();
    }

    /** Forgets what has not failed for a day and is not delayed any more (the table stays bounded). */
    public void forgetOld() {
        jdbc.sql("""
                        delete from login_throttle
                        where last_failure < now() - interval '1 day' and (blocked_until is null or blocked_until < now())""").update();
    }

    public void delete(String throttleKey) {
        jdbc.sql("delete from login_throttle where throttle_key = ?")
                .param(throttleKey)
                .update();
    }

    /** Deletes every key starting with {@code prefix} (taken literally); how many. */
    public int deleteStartingWith(String prefix) {
        return jdbc.sql("delete from login_throttle where throttle_key like ? escape '\\'")
                .param(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .update();
    }

    /** The usernames (lower case) of the {@code user:<name>|...} keys delayed now. */
    public java.util.Set<String> delayedUsers() {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct split_part(substr(throttle_key, 6), '|', 1) from login_throttle
                        where throttle_key like 'user:%' and blocked_until > now()""").query(String.class).list());
    }
}
