package id.kinerja.recognition;

/** An award as stored: its id, its position in the year's list (1-based), the award and its attachment (or null). */
public record StoredAward(long id, int position, Award award, Attachment attachment) {}
