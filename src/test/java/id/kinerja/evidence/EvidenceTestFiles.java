package id.kinerja.evidence;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Evidence uploads as a browser sends them (for tests against the real server). */
public final class EvidenceTestFiles {

    private EvidenceTestFiles() {}

    /** A PDF (by its content) of exactly {@code size} bytes. */
    public static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        java.util.Arrays.fill(pdf, (byte) ' ');
        System.arraycopy(EvidenceTest.PDF, 0, pdf, 0, Math.min(size, EvidenceTest.PDF.length));
        return pdf;
    }

    /** The upload form of Q1 2024 with its CSRF token in the hidden field (as the page's form sends it). */
    public static HttpRequest multipart(String url, String token, String filename, byte[] content) {
        String boundary = "----kinerja" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", token);
        field(body, boundary, "year", "2024");
        field(body, boundary, "period", "Q1");
        field(body, boundary, "kind", "REPORT");
        field(body, boundary, "from", "entry");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
