package id.kinerja.recognition;

/** The two kinds of recognition of a unit's year (LAKIN chapter III.D); the name is the audit entity and the path. */
public enum RecognitionKind {
    AWARD("award", "awards"),
    INNOVATION("innovation", "innovations");

    private final String entity;
    private final String path;

    RecognitionKind(String entity, String path) {
        this.entity = entity;
        this.path = path;
    }

    /** The audit entity and table: {@code award}, {@code innovation}. */
    public String entity() {
        return entity;
    }

    /** The path segment on the web and in the API: {@code awards}, {@code innovations}. */
    public String path() {
        return path;
    }

    /** The kind of a path segment, or null. */
    public static RecognitionKind ofPath(String path) {
        for (RecognitionKind k : values()) {
            if (k.path.equals(path)) {
                return k;
            }
        }
        return null;
    }
}
