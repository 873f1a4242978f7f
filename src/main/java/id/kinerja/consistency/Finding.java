package id.kinerja.consistency;

/**
 * One thing the consistency check found, its texts as message keys with arguments ({@link Message}), shown in the
 * reader's language by {@link FindingTexts}.
 *
 * @param severity how bad: an error makes the document contradict itself or the data; a warning leaves something
 *                 missing or unofficial; an info explains a difference that is expected (e.g. rounding)
 * @param check    which check found it (a stable key: narrative, narrative-draft, placeholder, placeholder-kind, agreement, take-last,
 *                 period, reported-index, signing, revenue, budget, budget-kind, document)
 * @param where    where it is, e.g. "IKU 07b-CP" or "Narasi: Kata Pengantar"
 * @param what     what is wrong, with the figures
 * @param fix      what to do about it
 * @param link     the application page to fix it on (a path), or null
 */
public record Finding(Severity severity, String check, Message where, Message what, Message fix, String link) {

    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }
}
