package id.kinerja.demo;

import id.kinerja.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: loads the Kupang 2024 demo data set the first time an embedded database starts
 * ({@code kinerja.demo=auto}), or on any database with {@code kinerja.demo=true}; never with false.
 * In demo mode the demo accounts exist and are printed at every start.
 */
@Component
@Order(0)
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoDataLoader loader;
    private final DemoAccounts accounts;
    private final DatabaseMode mode;
    private final DemoProperties.Demo demo;

    DemoStartup(DemoDataLoader loader, DemoAccounts accounts, DatabaseMode mode, DemoProperties properties) {
        this.loader = loader;
        this.accounts = accounts;
        this.mode = mode;
        this.demo = properties.demo();
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = switch (demo) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> mode.isEmbedded();
        };
        if (!wanted) {
            return;
        }
        if (loader.loadKupangIfAbsent()) {
            log.info("Demo data set loaded: KPP Pratama Kupang 2024 (units DJP > KANWIL-NUSRA > KPP-KUPANG)");
        }
        log.info("\n{}", accounts.ensure());
    }
}
