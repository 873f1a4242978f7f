package id.kinerja.recognition;

/**
 * The attachment of an award or an innovation (a certificate, a photo or a PDF), as stored: its sanitised name, the
 * content type of its recognised type, its size in bytes and its SHA-256.
 */
public record Attachment(String name, String contentType, long size, String sha256) {}
