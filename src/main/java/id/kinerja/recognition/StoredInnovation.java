package id.kinerja.recognition;

/**
 * An innovation as stored: its id, its position in the year's list (1-based), the innovation and its attachment (or
 * null).
 */
public record StoredInnovation(long id, int position, Innovation innovation, Attachment attachment) {}
