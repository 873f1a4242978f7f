package id.kinerja.review;

import java.time.OffsetDateTime;

/**
 * One comment of a review thread, plain text, never changed.
 *
 * @param fromReviewer written by the reviewer (true) or by the office (false)
 */
public record ReviewComment(
        long id, long threadId, String author, boolean fromReviewer, String body, OffsetDateTime writtenAt) {}
