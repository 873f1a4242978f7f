package id.kinerja.budget;

/** Levels of the DIPA tree. */
public enum BudgetLevel {
    PROGRAM,
    ACTIVITY,
    OUTPUT,
    COMPONENT
}
