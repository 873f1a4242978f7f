package id.kinerja.cli;

import id.kinerja.framework.FrameworkValidationException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line in the server's jar: {@code java -jar kinerja.jar <command> [options]}, its commands, options and
 * usage text declared with picocli. The arguments are parsed first (bad usage: exit 2 without touching the database),
 * then the application starts without its web server, on the same database as the server, and the command runs with
 * its beans injected ({@link SpringCommandFactory}).
 */
public final class CommandLine {

    /** Exit codes shared by every command. */
    public static final int OK = 0;

    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    /** The application could not start (e.g. an invalid framework file, an unreachable database). */
    public static final int FAILED = 1;

    private static final Set<String> HELP = Set.of("help", "--help");

    private CommandLine() {}

    /** The top command: {@code java -jar kinerja.jar}, its subcommands and the texts around the command list. */
    @Command(
            name = "java -jar kinerja.jar",
            synopsisHeading = "Penggunaan (usage): ",
            customSynopsis = "java -jar kinerja.jar <perintah> [opsi]",
            commandListHeading = "%n",
            footerHeading = "%n",
            footer = {
                "Kode keluar (exit codes): 0 berhasil, 1 aplikasi gagal dimulai, 2 penggunaan salah,",
                "3 unit/tahun/periode/berkas tidak dikenal, 4 check: ada temuan yang perlu diperbaiki;",
                "import: impor ditolak (tidak ada yang disimpan); framework: perubahan ditolak.",
                "Basis data: sama dengan server (SPRING_DATASOURCE_URL, atau PostgreSQL tertanam di ./data)."
            },
            subcommands = {
                ScoreCommand.class,
                ReportCommand.class,
                CheckCommand.class,
                UserCommand.class,
                UnitCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                FrameworkCommand.class,
                HelpCommand.class
            })
    static final class Kinerja {

        @Option(names = "--help", usageHelp = true, description = "Teks ini.")
        boolean help;
    }

    /** {@code help}: the usage text. */
    @Command(name = "help", description = "Teks ini.")
    static final class HelpCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(usage());
            return OK;
        }
    }

    /**
     * A command whose subcommands name what it does ({@code report lakin}, {@code user add}): what to say when none
     * or an unknown one is given.
     */
    interface Group {
        String missing();

        String unknown(String argument);
    }

    /** Bad usage: the message is printed with the usage text, exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0
                && (HELP.contains(args[0])
                        || commandLine(defaultFactory()).getSubcommands().containsKey(args[0]));
    }

    /** The usage text: the top command's, with every command's synopsis and description in the command list. */
    public static String usage() {
        picocli.CommandLine top = commandLine(defaultFactory());
        // shown as "--unit KODE" (both "--unit KODE" and "--unit=KODE" are accepted)
        top.setSeparator(" ");
        top.getHelpSectionMap().put(picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> {
            StringBuilder list = new StringBuilder();
            commands(top.getSubcommands().values(), list);
            return list.append(System.lineSeparator()).toString();
        });
        return top.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
    }

    private static void commands(java.util.Collection<picocli.CommandLine> commands, StringBuilder list) {
        for (picocli.CommandLine c : commands) {
            if (!c.getSubcommands().isEmpty()) {
                commands(c.getSubcommands().values(), list);
                continue;
            }
            picocli.CommandLine.Help help = c.getHelp();
            String synopsis = help.synopsis(0)
                    .strip()
                    .substring(c.getParent() == null ? 0 : rootName(c).length() + 1);
            list.append("  ").append(synopsis.replace("\n", "\n  ")).append(System.lineSeparator());
            for (String line : c.getCommandSpec().usageMessage().description()) {
                list.append("      ").append(line).append(System.lineSeparator());
            }
        }
    }

    private static String rootName(picocli.CommandLine c) {
        picocli.CommandLine root = c;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommandName();
    }

    /**
     * Parses {@code args} without running anything.
     *
     * @throws UsageException with the Indonesian message when the arguments are not a valid command
     */
    static ParseResult parse(String... args) {
        picocli.CommandLine top = commandLine(defaultFactory());
        ParseResult parsed;
        try {
            parsed = top.parseArgs(args);
        } catch (ParameterException e) {
            throw new UsageException(message(e, args));
        }
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (last.commandSpec().userObject() instanceof Group group) {
            throw new UsageException(group.missing());
        }
        return parsed;
    }

    /**
     * Runs a command against the application started from {@code application} (the class with
     * {@code @SpringBootApplication}; passed in so that this module does not depend on the entry point).
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (HELP.contains(args[0])) {
            out.print(usage());
            return OK;
        }
        try {
            parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
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
            return run(context, out, err, args);
        }
    }

    /** Runs a command against a started application (bad usage: exit 2 with the usage text). */
    static int run(ApplicationContext context, PrintStream out, PrintStream err, String... args) {
        picocli.CommandLine top = commandLine(new SpringCommandFactory(context));
        PrintWriter outWriter = writer(out);
        PrintWriter errWriter = writer(err);
        top.setOut(outWriter);
        top.setErr(errWriter);
        top.setParameterExceptionHandler((e, arguments) -> usageError(message(e, arguments), err));
        try {
            parse(args);
            return top.execute(args);
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }

    private static int usageError(String message, PrintStream err) {
        err.println("Kesalahan: " + message);
        err.println();
        err.print(usage());
        return USAGE;
    }

    private static IFactory defaultFactory() {
        return picocli.CommandLine.defaultFactory();
    }

    private static picocli.CommandLine commandLine(IFactory factory) {
        picocli.CommandLine top = new picocli.CommandLine(new Kinerja(), factory);
        // an argument starting with @ is a value (a file name), never a file of further arguments
        top.setExpandAtFiles(false);
        top.setUsageHelpWidth(160);
        sortNothing(top);
        return top;
    }

    /** Synopsis and option list in the order the options are declared (required ones first). */
    private static void sortNothing(picocli.CommandLine command) {
        command.getCommandSpec().usageMessage().sortSynopsis(false).sortOptions(false);
        command.getSubcommands().values().forEach(CommandLine::sortNothing);
    }

    /** The Indonesian text of a parse error (picocli's own messages are English). */
    static String message(ParameterException e, String[] args) {
        if (e instanceof MissingParameterException missing) {
            List<String> names =
                    missing.getMissing().stream().map(CommandLine::name).toList();
            if (names.size() == 1 && Arrays.asList(args).contains(names.get(0))) {
                return "opsi " + names.get(0) + " memerlukan nilai";
            }
            return "opsi " + String.join(", ", names) + " wajib diisi";
        }
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            if (e.getCommandLine().getCommand() instanceof Group group) {
                return argument.startsWith("-") ? group.missing() : group.unknown(argument);
            }
            return argument.startsWith("-")
                    ? "opsi tidak dikenal " + argument
                    : "argumen tak terduga '" + argument + "'";
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "opsi " + name(overwritten.getOverwritten()) + " diberikan dua kali";
        }
        if (e.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
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
