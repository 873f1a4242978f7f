package id.kinerja.review;

import java.util.List;

/**
 * Published when a comment is added to a review thread (the Kanwil's reviewer opening or adding to a thread, or the
 * office answering), inside the writing transaction and kept in the event publication registry: the notifications
 * tell {@code recipients} (usernames) that a comment awaits them.
 *
 * @param threadId the thread
 * @param commentId the new comment
 * @param unitId the office the thread is about
 * @param year the performance year
 * @param subject what the thread is about, as the user wrote or chose it (the period, the IKU, the LAKIN draft)
 * @param author the username of the comment's author
 * @param recipients the usernames to be told, never the author
 * @param href the page of the thread
 */
public record ReviewCommentPosted(
        long threadId,
        long commentId,
        long unitId,
        int year,
        String subject,
        String author,
        List<String> recipients,
        String href) {
    public ReviewCommentPosted {
        recipients = List.copyOf(recipients);
    }
}
