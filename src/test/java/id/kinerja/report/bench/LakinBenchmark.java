package id.kinerja.report.bench;

import id.kinerja.KinerjaApplication;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kupang's 2024 LAKIN, warm: the PDF and the DOCX as the web route and the command make them (the document built
 * from the database, then rendered), timed after warm-up rounds; then LibreOffice converting our DOCX to PDF
 * ({@code soffice --headless --convert-to pdf}), the same document by another route. Goal: PDF + DOCX <= 3 s warm,
 * and ours at least 4x faster than LibreOffice's conversion.
 *
 * <p>A main class, not JMH: one document takes seconds and needs the whole application (embedded PostgreSQL with
 * the demo data). Run with {@code load/lakin-bench.sh} (see docs/benchmarks.md). Arguments: warm-up rounds,
 * measured rounds, LibreOffice rounds (defaults 3, 5, 3).
 */
public final class LakinBenchmark {

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int sofficeRounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KinerjaApplication.class)
                .run("--server.port=0", "--logging.level.root=WARN")) {
            ReportService reports = context.getBean(ReportService.class);
            ReportRenderer renderer = context.getBean(ReportRenderer.class);
            for (int i = 0; i < warmup; i++) {
                both(reports, renderer);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Long> pdf = new ArrayList<>();
            List<Long> docx = new ArrayList<>();
            List<Long> total = new ArrayList<>();
            List<Long> pdfCpu = new ArrayList<>();
            List<Long> docxCpu = new ArrayList<>();
            byte[] lastDocx = null;
            for (int i = 0; i < rounds; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ReportDocument d = reports.lakin("KPP-KUPANG", 2024);
                byte[] p = renderer.render(d, ReportFormat.PDF);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                ReportDocument d2 = reports.lakin("KPP-KUPANG", 2024);
                lastDocx = renderer.render(d2, ReportFormat.DOCX);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                pdfCpu.add(c1 - c0);
                docxCpu.add(c2 - c1);
                pdf.add(t1 - t0);
                docx.add(t2 - t1);
                total.add(t2 - t0);
                if (i == 0) {
                    Files.write(out.resolve("LAKIN-KPP-KUPANG-2024.pdf"), p);
                }
            }
            Path docxFile = out.resolve("LAKIN-KPP-KUPANG-2024.docx");
            Files.write(docxFile, lastDocx);
            System.out.printf(
                    "LAKIN PDF   warm: median %d ms, min %d ms (%d rounds after %d warm-up)%n",
                    median(pdf), min(pdf), rounds, warmup);
            System.out.printf("LAKIN DOCX  warm: median %d ms, min %d ms%n", median(docx), min(docx));
            System.out.printf(
                    "PDF + DOCX  warm: median %d ms, min %d ms (goal <= 3000 ms)%n", median(total), min(total));
            System.out.printf(
                    "CPU time of the request thread: PDF median %d ms, DOCX median %d ms, together %d ms%n",
                    median(pdfCpu), median(docxCpu), median(pdfCpu) + median(docxCpu));
            System.out.printf(
                    "load average at the end: %.2f (2 cores)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            List<Long> soffice = new ArrayList<>();
            List<Double> sofficeCpu = new ArrayList<>();
            Path sofficeOut = out.resolve("soffice");
            Files.createDirectories(sofficeOut);
            for (int i = 0; i < sofficeRounds; i++) {
                long t = System.nanoTime();
                Path times = out.resolve("soffice-time.txt");
                // /usr/bin/time gives the CPU seconds (user + system) of soffice and its children
                Process proc = new ProcessBuilder(
                                "/usr/bin/time",
                                "-o",
                                times.toString(),
                                "-f",
                                "%U %S",
                                "soffice",
                                "--headless",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                sofficeOut.toString(),
                                docxFile.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!proc.waitFor(300, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                    System.out.println("soffice failed or timed out");
                    return;
                }
                soffice.add(System.nanoTime() - t);
                String[] cpu = Files.readString(times).trim().split("\\s+");
                sofficeCpu.add(Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1]));
            }
            if (!soffice.isEmpty()) {
                System.out.printf(
                        "soffice --headless --convert-to pdf (our DOCX): median %d ms, min %d ms (%d rounds, "
                                + "a new soffice process each)%n",
                        median(soffice), min(soffice), soffice.size());
                List<Double> sortedCpu = new ArrayList<>(sofficeCpu);
                Collections.sort(sortedCpu);
                double sofficeCpuMs = sortedCpu.get(sortedCpu.size() / 2) * 1000;
                System.out.printf("soffice CPU (user + system): median %.0f ms%n", sofficeCpuMs);
                System.out.printf(
                        "ratio soffice DOCX->PDF / our PDF: wall %.1fx, CPU %.1fx (goal >= 4x)%n",
                        (double) median(soffice) / median(pdf), sofficeCpuMs / median(pdfCpu));
            }
        }
    }

    private static void both(ReportService reports, ReportRenderer renderer) {
        renderer.render(reports.lakin("KPP-KUPANG", 2024), ReportFormat.PDF);
        renderer.render(reports.lakin("KPP-KUPANG", 2024), ReportFormat.DOCX);
    }

    private static long median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1_000_000;
    }

    private static long min(List<Long> nanos) {
        return Collections.min(nanos) / 1_000_000;
    }
}
