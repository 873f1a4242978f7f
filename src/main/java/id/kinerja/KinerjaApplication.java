package id.kinerja;

import id.kinerja.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kinerja: the server ({@code java -jar kinerja.jar}) and, with a command as first argument,
 * the command line ({@code java -jar kinerja.jar score ...}) over the same database. The {@code kinerja.*} settings
 * are bound to each module's {@code *Properties} record (docs/operations.md lists them).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(KinerjaApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(KinerjaApplication.class, args);
    }
}
