package id.kinerja.evidence;

import id.kinerja.web.UserError;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * A file uploaded by a person, checked as evidence is checked, for every module that stores files in the database
 * (evidence, the attachments of awards and innovations): the name sanitised ({@link FileNames}), not empty, at most
 * {@link EvidenceService#MAX_BYTES} bytes, the extension AND the content of an accepted {@link EvidenceType}, and its
 * SHA-256. The content type comes from the type, never from the browser.
 *
 * @param name        the sanitised name to store and show
 * @param contentType the content type of the recognised type
 * @param content     the bytes
 * @param sha256      their SHA-256, hex
 */
public record UploadedFile(String name, EvidenceType type, String contentType, byte[] content, String sha256) {

    /**
     * Checks an upload against the accepted types.
     *
     * @throws UserError 400 for an empty file, an extension or content not accepted; 413 for a file over 10 MB
     */
    public static UploadedFile check(String originalName, byte[] content, Set<EvidenceType> accepted) {
        String name = FileNames.sanitise(originalName);
        if (content == null || content.length == 0) {
            throw UserError.invalid("evidence.error.empty", name);
        }
        if (content.length > EvidenceService.MAX_BYTES) {
            throw new UserError(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "evidence.error.tooLarge",
                    name,
                    Evidence.size(content.length),
                    Evidence.size(EvidenceService.MAX_BYTES));
        }
        EvidenceType type = EvidenceType.byExtension(name);
        if (type == null || !accepted.contains(type)) {
            throw UserError.invalid("evidence.error.extension", name, extensions(accepted));
        }
        if (!type.matches(content)) {
            throw UserError.invalid("evidence.error.content", name, type.name());
        }
        return new UploadedFile(name, type, type.contentType(), content, EvidenceService.sha256(content));
    }

    /** The {@code Content-Disposition} header to send a stored file back under its sanitised name. */
    public static String contentDisposition(String storedName) {
        return FileNames.contentDisposition(storedName);
    }

    /** ".pdf, .png, .jpg, .jpeg" for the accepted types, in the types' order. */
    public static String extensions(Set<EvidenceType> accepted) {
        return Arrays.stream(EvidenceType.values())
                .filter(accepted::contains)
                .flatMap(t -> t.extensions().stream())
                .map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }
}
