package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.database.DatabaseProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 11: a batch killed mid-way left its partial zip in /tmp forever. The zips are now written into
 * {@code kinerja.temp-dir}/batch/{pid}, and a start removes what servers that no longer run left there, keeping the
 * folder of a server that still runs and what this very process wrote since it started.
 */
class BatchLeftoversTest {

    @TempDir
    Path temp;

    @Test
    void aStartRemovesTheZipsOfAKilledServerAndWritesIntoItsOwnFolder() throws Exception {
        Path batch = Files.createDirectories(temp.resolve("batch"));
        long dead = deadPid();
        Path killed = Files.createDirectories(batch.resolve(Long.toString(dead)));
        Path partial = Files.write(killed.resolve("kinerja-batch-123.zip"), new byte[] {'P', 'K', 3, 4});
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path running = Files.createDirectories(batch.resolve(Long.toString(alive)));
        Path othersZip = Files.write(running.resolve("kinerja-batch-456.zip"), new byte[] {'P', 'K'});
        long me = ProcessHandle.current().pid();
        Path mine = Files.createDirectories(batch.resolve(Long.toString(me)));
        Path beforeThisProcess = Files.write(mine.resolve("kinerja-batch-old.zip"), new byte[] {'P', 'K'});
        Files.setLastModifiedTime(beforeThisProcess, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Path sinceThisProcess = Files.write(mine.resolve("kinerja-batch-new.zip"), new byte[] {'P', 'K'});

        ReportBatchService service = new ReportBatchService(
                null,
                null,
                null,
                new BatchProperties(1, 1, 30),
                new DatabaseProperties(temp.resolve("data").toString(), temp.toString(), null));
        try {
            assertThat(partial).doesNotExist();
            assertThat(killed).doesNotExist();
            assertThat(othersZip).exists();
            assertThat(beforeThisProcess).doesNotExist();
            assertThat(sinceThisProcess).exists();
            assertThat(service.directory()).isEqualTo(mine.toAbsolutePath().normalize());
        } finally {
            service.stop();
        }
    }

    private static long deadPid() {
        for (long pid = 4_000_000; pid > 1_000; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
        throw new IllegalStateException("no free pid");
    }
}
