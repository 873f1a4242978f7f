package id.kinerja.cli;

import id.kinerja.cli.CommandLine.UsageException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command, checked against the names it accepts. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {}

    static Options parse(String[] args, Set<String> accepted) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("argumen tak terduga '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("opsi --" + name + " memerlukan nilai");
                }
                value = args[++i];
            }
            if (!accepted.contains(name)) {
                throw new UsageException("opsi tidak dikenal --" + name);
            }
            if (options.values.put(name, value) != null) {
                throw new UsageException("opsi --" + name + " diberikan dua kali");
            }
        }
        return options;
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("opsi --" + name + " wajib diisi");
        }
        return v;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int requiredInt(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " harus berupa angka, bukan '" + v + "'");
        }
    }
}
