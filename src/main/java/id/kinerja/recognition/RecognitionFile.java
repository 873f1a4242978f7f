package id.kinerja.recognition;

/** An attachment to send back: its record and its bytes. */
public record RecognitionFile(Attachment attachment, byte[] content) {}
