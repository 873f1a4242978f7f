package id.kinerja.dialogue;

/**
 * The kind of a performance dialogue (docs/domain.md, "The performance dialogue"): an office's Dialog Kinerja
 * Organisasi or a Kanwil's Dialog Kinerja Regional Organisasi. Labels in the bundles as {@code dialogue.kind.<NAME>}.
 */
public enum DialogueKind {
    DKO,
    DKRO
}
