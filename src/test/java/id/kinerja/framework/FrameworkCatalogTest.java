package id.kinerja.framework;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.framework.internal.FrameworkVersionRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog announces a newly stored framework version with {@link FrameworkPublished}, once, inside the
 * transaction that stores it; a file it already knows (same content) is not announced again. The test's own
 * catalog reads a framework file with a code of its own from a temporary directory.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkCatalogTest {

    @Autowired
    FrameworkVersionRepository versions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final List<FrameworkPublished> published = new ArrayList<>();
    private final List<Boolean> inTransaction = new ArrayList<>();
    private final String code = "test-published-" + UUID.randomUUID();

    private final ApplicationEventPublisher recorder = event -> {
        if (event instanceof FrameworkPublished p && p.code().equals(code)) {
            published.add(p);
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }
    };

    @AfterEach
    void removeTheTestsVersions() {
        jdbc.sql("delete from framework_version where code = ?").param(code).update();
    }

    @Test
    void aNewVersionIsPublishedOnceInsideItsTransactionAndAnUnchangedFileIsNot() throws Exception {
        Path file = dir.resolve("own.yaml");
        Files.writeString(file, FrameworkLoaderTest.BASE.replace("id: test-2030", "id: " + code));
        FrameworkCatalog catalog =
                new FrameworkCatalog(versions, recorder, transactionManager, new FrameworkProperties(dir.toString()));

        catalog.synchronise();
        FrameworkVersion stored = catalog.latest(code).orElseThrow();
        assertThat(published).containsExactly(new FrameworkPublished(stored.id(), code, 2030, 1));
        assertThat(inTransaction).containsExactly(true);

        catalog.synchronise();
        new FrameworkCatalog(versions, recorder, transactionManager, new FrameworkProperties(dir.toString()))
                .synchronise();
        assertThat(published).as("the same file again is no new version").hasSize(1);

        Files.writeString(file, Files.readString(file).replace("name: Uji", "name: Uji kedua"));
        catalog.synchronise();
        FrameworkVersion second = catalog.latest(code).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(published)
                .containsExactly(
                        new FrameworkPublished(stored.id(), code, 2030, 1),
                        new FrameworkPublished(second.id(), code, 2030, 2));
        assertThat(inTransaction).containsExactly(true, true);
    }
}
