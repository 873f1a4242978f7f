package id.kinerja.report.bench;

import id.kinerja.KinerjaApplication;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
            List<Long> pdf = new ArrayList<>();
            List<Long> docx = new ArrayList<>();
            List<Long> total = new ArrayList<>();
            byte[] lastDocx = null;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                ReportDocument d = reports.lakin("KPP-KUPANG", 2024);
                byte[] p = renderer.render(d, ReportFormat.PDF);
                long t1 = System.nanoTime();
                ReportDocument d2 = reports.lakin("KPP-KUPANG", 2024);
                lastDocx = renderer.render(d2, ReportFormat.DOCX);
                long t2 = System.nanoTime();
                pdf.add(t1 - t0);
                docx.add(t2 - t1);
                total.add(t2 - t0);
                if (i == 0) {
                    Files.write(out.resolve("LAKIN-KPP-KUPANG-2024.pdf"), p);
                }
            }
            Path docxFile = out.resolve("LAKIN-KPP-KUPANG-2024.docx");
            Files.write(docxFile, lastDocx);
            System.out.printf("LAKIN PDF   warm: median %d ms, min %d ms (%d rounds after %d warm-up)%n",
                    median(pdf), min(pdf), rounds, warmup);
            System.out.printf("LAKIN DOCX  warm: median %d ms, min %d ms%n", median(docx), min(docx));
            System.out.printf("PDF + DOCX  warm: median %d ms, min %d ms (goal <= 3000 ms)%n", median(total), min(total));
            List<Long> soffice = new ArrayList<>();
            Path sofficeOut = out.resolve("soffice");
            Files.createDirectories(sofficeOut);
            for (int i = 0; i < sofficeRounds; i++) {
                long t = System.nanoTime();
                Process proc = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                        sofficeOut.toString(), docxFile.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!proc.waitFor(300, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                    System.out.println("soffice failed or timed out");
                    return;
                }
                soffice.add(System.nanoTime() - t);
            }
            if (!soffice.isEmpty()) {
                System.out.printf("soffice --headless --convert-to pdf (our DOCX): median %d ms, min %d ms (%d rounds, "
                        + "a new soffice process each)%n", median(soffice), min(soffice), soffice.size());
                System.out.printf("ratio soffice DOCX->PDF / our PDF: %.1fx (goal >= 4x)%n",
                        (double) median(soffice) / median(pdf));
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
