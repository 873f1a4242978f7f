package id.kinerja.cli;

import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.StaffGroup;
import id.kinerja.organisation.StaffGrouping;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.UnitRefusedException;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unit add}, {@code unit update}, {@code unit list}: the units an operator manages from the server's shell,
 * through {@link Units} (the same rules, messages and audit as the pages and the API; the operator has every right,
 * audited as {@code cli:<operating-system user>}).
 */
@Command(
        name = "unit",
        description = "Unit kerja: unit add, unit update, unit list (aturan yang sama dengan halaman Unit kerja).",
        subcommands = {UnitCommand.Add.class, UnitCommand.Update.class, UnitCommand.ListUnits.class})
final class UnitCommand implements CommandLine.Group {

    private static final String HOW =
            "perintah unit: gunakan 'unit add ...', 'unit update --code KODE ...' atau" + " 'unit list'";

    @Override
    public String missing() {
        return HOW;
    }

    @Override
    public String unknown(String argument) {
        return HOW;
    }

    static UnitEditor operator() {
        return UnitEditor.system("cli:" + System.getProperty("user.name", "operator"));
    }

    /** The options a unit's details are given with (add: all as given; update: those given replace the stored). */
    abstract static class Details {

        @Option(names = "--code", required = true, paramLabel = "KODE", order = 1)
        String code;

        @Option(names = "--name", paramLabel = "\"Nama Unit\"", order = 2)
        String name;

        @Option(names = "--type", paramLabel = "JENIS", description = "HQ KANWIL KPP KP2KP SECTION", order = 3)
        UnitType type;

        @Option(names = "--parent", paramLabel = "KODE-INDUK", order = 4)
        String parent;

        @Option(names = "--official-code", paramLabel = "KODE-RESMI", order = 5)
        String officialCode;

        @Option(names = "--head", paramLabel = "\"Nama Kepala\"", order = 6)
        String head;

        @Option(names = "--head-nip", paramLabel = "NIP", order = 7)
        String headNip;

        @Option(names = "--head-position", paramLabel = "\"Jabatan\"", order = 8)
        String headPosition;

        @Option(
                names = "--area",
                paramLabel = "\"Kabupaten/Kota\"",
                description = "Wilayah kerja, satu kabupaten/kota per opsi (boleh diulang)",
                order = 9)
        List<String> areas;

        @Option(names = "--address", paramLabel = "\"Alamat\"", order = 10)
        String address;

        @Option(names = "--staff-count", paramLabel = "N", order = 11)
        Integer staffCount;

        @Option(
                names = "--staff",
                paramLabel = "KELOMPOK:KETERANGAN=N",
                description = "Pegawai per kelompok (RANK EDUCATION POSITION GENDER AGE), mis. RANK:III=52 (boleh"
                        + " diulang)",
                order = 12)
        List<String> staff;

        @Option(names = "--reason", paramLabel = "\"Alasan\"", description = "Dicatat dalam jejak audit", order = 13)
        String reason;

        @Spec
        CommandSpec spec;

        Units units;

        /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
        @Autowired
        void use(Units units) {
            this.units = units;
        }

        List<StaffGroup> staffGroups() {
            if (staff == null) {
                return null;
            }
            List<StaffGroup> out = new ArrayList<>();
            for (String s : staff) {
                int colon = s.indexOf(':');
                int eq = s.lastIndexOf('=');
                if (colon < 1 || eq < colon + 2) {
                    throw new IllegalArgumentException(
                            "--staff '" + s + "' tidak sah: tulis KELOMPOK:KETERANGAN=N, mis. RANK:III=52");
                }
                StaffGrouping g;
                try {
                    g = StaffGrouping.valueOf(s.substring(0, colon).strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "--staff '" + s + "': kelompok tidak dikenal (RANK, EDUCATION, POSITION, GENDER, AGE)");
                }
                int n;
                try {
                    n = Integer.parseInt(s.substring(eq + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--staff '" + s + "': jumlah harus bilangan bulat");
                }
                out.add(new StaffGroup(g, s.substring(colon + 1, eq).strip(), n));
            }
            return out;
        }

        abstract Unit write();

        /** Runs {@link #write} and answers like every command: the unit, or the refusal with its exit code. */
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Unit u = write();
                out.println(line(u, parentCode(u)));
                return CommandLine.OK;
            } catch (UnitRefusedException e) {
                err.println(e.getMessage());
                return e.code().equals("unit.error.unknown") ? CommandLine.NOT_FOUND : CommandLine.USAGE;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return CommandLine.USAGE;
            }
        }

        private String parentCode(Unit u) {
            return u.parentId() == null
                    ? "-"
                    : units.findById(u.parentId()).map(Unit::code).orElse("-");
        }
    }

    /** {@code unit add --code K --name N --type T --parent P [...]}: creates a unit. */
    @Command(name = "add", description = "Membuat unit (aturan jenis dan induk seperti di halaman Unit kerja).")
    static final class Add extends Details implements Callable<Integer> {

        @Override
        Unit write() {
            return units.create(
                    operator(),
                    new NewUnit(
                            code,
                            name,
                            type,
                            parent,
                            officialCode,
                            head,
                            headNip,
                            headPosition,
                            areas,
                            address,
                            staffCount,
                            staffGroups()),
                    reason);
        }
    }

    /** {@code unit update --code K [--name ...] [--parent ...] ...}: the options given replace the stored values. */
    @Command(
            name = "update",
            description = {
                "Mengubah unit: opsi yang diberikan mengganti nilai tersimpan, yang lain tetap.",
                "Ganti nama (--name) dan pindah induk (--parent) dicatat dalam jejak audit."
            })
    static final class Update extends Details implements Callable<Integer> {

        @Override
        Unit write() {
            Unit old = units.findByCode(code).orElseThrow(() -> new UnitRefusedCli(code));
            String oldParent = old.parentId() == null
                    ? null
                    : units.findById(old.parentId()).orElseThrow().code();
            return units.update(
                    operator(),
                    code,
                    new NewUnit(
                            code,
                            name != null ? name : old.name(),
                            type != null ? type : old.type(),
                            parent != null ? parent : oldParent,
                            officialCode != null ? officialCode : old.officialCode(),
                            head != null ? head : old.headName(),
                            headNip != null ? headNip : old.headNip(),
                            headPosition != null ? headPosition : old.headPosition(),
                            areas != null ? areas : old.areas(),
                            address != null ? address : old.address(),
                            staffCount != null ? staffCount : old.staffCount(),
                            staffGroups()),
                    reason);
        }

        @Override
        public Integer call() {
            try {
                return super.call();
            } catch (UnitRefusedCli e) {
                spec.commandLine().getErr().println(e.getMessage());
                return CommandLine.NOT_FOUND;
            }
        }
    }

    /** An unknown code on {@code unit update}: exit 3 like every unknown unit. */
    static final class UnitRefusedCli extends RuntimeException {
        UnitRefusedCli(String code) {
            super("Unit tidak dikenal: " + code);
        }
    }

    /** {@code unit list [--all]}: the units as a tree, one per line (inactive ones only with --all). */
    @Command(name = "list", description = "Daftar unit sebagai pohon: kode, jenis, nama, kepala, pegawai, status.")
    static final class ListUnits implements Callable<Integer> {

        @Option(names = "--all", description = "Termasuk unit nonaktif")
        boolean all;

        @Spec
        CommandSpec spec;

        private Units units;

        /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
        @Autowired
        void use(Units units) {
            this.units = units;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Map<Long, List<Unit>> children = new HashMap<>();
            List<Unit> roots = new ArrayList<>();
            for (Unit u : units.findAll()) {
                if (u.parentId() == null) {
                    roots.add(u);
                } else {
                    children.computeIfAbsent(u.parentId(), k -> new ArrayList<>())
                            .add(u);
                }
            }
            for (Unit root : roots) {
                print(out, root, 0, children, new java.util.HashSet<>());
            }
            return CommandLine.OK;
        }

        private void print(
                PrintWriter out, Unit u, int depth, Map<Long, List<Unit>> children, java.util.Set<Long> seen) {
            if (!seen.add(u.id()) || depth > Units.MAX_DEPTH || (!all && !u.active())) {
                return;
            }
            out.println("  ".repeat(depth) + line(u, null));
            for (Unit c : children.getOrDefault(u.id(), List.of())) {
                print(out, c, depth + 1, children, seen);
            }
        }
    }

    /** One unit on one line: code, type, name, parent (when given), head, staff, inactive. */
    static String line(Unit u, String parent) {
        return u.code() + "  " + u.type() + "  " + u.name()
                + (parent == null ? "" : "  induk " + parent)
                + (u.headName() == null ? "" : "  kepala " + u.headName())
                + (u.staffCount() == null ? "" : "  " + u.staffCount() + " pegawai")
                + (u.active() ? "" : "  [nonaktif]");
    }
}
