package id.kinerja.cli;

import id.kinerja.framework.FrameworkValidationException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line in the server's jar: {@code java -jar kinerja.jar <command> [options]}. Each command
 * parses its options first (bad usage: exit 2 without touching the database), then starts the
 * application without its web server, on the same database as the server, and runs.
 */
public final class CommandLine {

    /** Exit codes shared by every command. */
    public static final int OK = 0;

    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    /** The application could not start (e.g. an invalid framework file, an unreachable database). */
    public static final int FAILED = 1;

    private static final Map<String, Function<String[], Command>> COMMANDS = Map.of(
            "score", ScoreCommand::parse,
            "report", ReportCommand::parse,
            "check", CheckCommand::parse,
            "user", UserCommand::parse,
            "export", ExportCommand::parse,
            "import", ImportCommand::parse);

    private CommandLine() {}

    /** A parsed command, ready to run against the application context. */
    public interface Command {
        int run(ConfigurableApplicationContext context, PrintStream out, PrintStream err);
    }

    /** Bad usage: the message is printed with the usage text, exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("help") || args[0].equals("--help"));
    }

    public static String usage() {
        return """
                Penggunaan (usage): java -jar kinerja.jar <perintah> [opsi]

                  score --unit KODE --year TAHUN --period PERIODE [--format json|table]
                      Nilai Kinerja Organisasi (NKO) unit untuk satu periode.
                      PERIODE: Q1 Q2 S1 Q3 SDQ3 Q4 Y. Bawaan --format: table.
                  report lakin|nko|pk --unit KODE --year TAHUN [--period PERIODE] --format pdf|docx|html --out BERKAS
                      Laporan kinerja tahunan (LAKIN), laporan NKO satu periode (bawaan --period: Y) atau
                      dokumen perjanjian kinerja (PK), ditulis ke BERKAS.
                  check --unit KODE --year TAHUN
                      Pemeriksaan konsistensi sebelum ekspor LAKIN (narasi, placeholder, target PK, Smt. 1
                      vs Q2, jumlah vs rinciannya, periode tanpa realisasi). Kode keluar 4 bila ada kesalahan
                      atau peringatan, 0 bila tidak ada yang perlu diperbaiki.
                  user unlock --username NAMA
                      Menghapus penundaan masuk akun itu (setelah terlalu banyak kata sandi salah), dari semua alamat.
                  user add --username NAMA --unit KODE --roles PERAN[,PERAN] [--name "Nama Lengkap"]
                           [--iku 01a-CP,02a-CP] [--password-stdin]
                      Membuat akun. PERAN: ADMINISTRATOR HEAD PERFORMANCE_ADMIN PIC REVIEWER VIEWER.
                      Kata sandi dibaca dari stdin (--password-stdin) atau ditanyakan di konsol.
                  export --unit KODE --year TAHUN --out BERKAS.xlsx
                      Buku kerja Excel unit dan tahun (petunjuk, unit, target, realisasi, riwayat,
                      pendapatan, anggaran) untuk diisi dan diimpor kembali.
                  import --file BERKAS.xlsx [--dry-run] [--user AKUN] [--confirm-implausible]
                      Memeriksa dan mengimpor buku kerja: rencana perubahan per sheet, lalu diterapkan
                      dalam satu transaksi (tanpa --dry-run). Tanpa --user: sebagai administrator
                      (jejak audit: cli:<pengguna sistem>). Kode keluar 4: ditolak, semua kesalahan dicetak.
                      Realisasi tidak wajar (persen di atas 1.000, 100 kali periode sebelumnya) hanya
                      diterapkan dengan --confirm-implausible.
                  help
                      Teks ini.

                Kode keluar (exit codes): 0 berhasil, 1 aplikasi gagal dimulai, 2 penggunaan salah,
                3 unit/tahun/periode/berkas tidak dikenal, 4 check: ada temuan yang perlu diperbaiki;
                import: impor ditolak (tidak ada yang disimpan).
                Basis data: sama dengan server (SPRING_DATASOURCE_URL, atau PostgreSQL tertanam di ./data).
                """;
    }

    /**
     * Runs a command against the application started from {@code application} (the class with
     * {@code @SpringBootApplication}; passed in so that this module does not depend on the entry point).
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args[0].equals("help") || args[0].equals("--help")) {
            out.print(usage());
            return OK;
        }
        Command command;
        try {
            command = COMMANDS.get(args[0]).apply(Arrays.copyOfRange(args, 1, args.length));
        } catch (UsageException e) {
            err.println("Kesalahan: " + e.getMessage());
            err.println();
            err.print(usage());
            return USAGE;
        }
        ConfigurableApplicationContext context;
        try {
            context = startApplication(application);
        } catch (RuntimeException e) {
            FrameworkValidationException invalid = findCause(e, FrameworkValidationException.class);
            err.println(invalid != null ? invalid.getMessage() : "Aplikasi tidak dapat dimulai: " + rootMessage(e));
            return FAILED;
        }
        try (context) {
            return command.run(context, out, err);
        }
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The application without its web server; logging goes to standard error so output stays clean. */
    static ConfigurableApplicationContext startApplication(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("kinerja.log-target=System.err", "logging.level.root=WARN", "logging.level.id.kinerja=WARN")
                .run();
    }
}
