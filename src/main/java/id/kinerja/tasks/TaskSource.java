package id.kinerja.tasks;

import id.kinerja.account.CurrentUser;
import java.util.List;

/**
 * The tasks one module knows: each module whose records ask someone to act (realizations, agreements, narratives,
 * review comments, the performance dialogue, risk mitigations) provides a Spring bean of this type, and
 * {@link Tasks} gathers them. A source returns only what the person may act on (the unit tree and the roles of
 * {@code account.UnitAccess}); it reads, it never writes.
 */
public interface TaskSource {

    /** The open tasks of {@code me}, in any order. */
    List<Task> tasksFor(CurrentUser me);
}
