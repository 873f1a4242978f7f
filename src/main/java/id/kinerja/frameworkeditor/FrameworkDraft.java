package id.kinerja.frameworkeditor;

import java.time.OffsetDateTime;

/**
 * A framework (a year's Manual IKU) being edited in the application: its YAML text exactly as it will be published
 * (docs/framework-format.md), the version it was copied from, who made and last changed it, and its row version
 * (a save on an older row version is refused). Once published it is the record of what was published and changes
 * no more.
 *
 * @param code               the framework code the text gives ({@code id}), e.g. djp-kpp-pratama-2025
 * @param basedOnVersionId   the published version it was copied from; null for an imported file
 * @param publishedVersionId the version it was published as; null while it is being edited
 */
public record FrameworkDraft(
        long id,
        String code,
        int year,
        String name,
        Long basedOnVersionId,
        String content,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        int rowVersion,
        Long publishedVersionId,
        OffsetDateTime publishedAt) {

    public boolean published() {
        return publishedVersionId != null;
    }
}
