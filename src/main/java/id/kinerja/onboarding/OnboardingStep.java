package id.kinerja.onboarding;

import java.util.List;

/**
 * One step of a new office's first quarter: what it is, whether it is done, and the figures the page shows beside it
 * (the message {@code onboarding.step.<KIND>.<STATE>} takes them as arguments).
 */
public record OnboardingStep(Kind kind, State state, List<Object> args) {

    public OnboardingStep {
        args = List.copyOf(args);
    }

    /** The steps in the order they are done. */
    public enum Kind {
        UNIT,
        ACCOUNTS,
        AGREEMENT,
        TARGETS,
        SIGNED,
        REALIZATIONS,
        SCORED
    }

    public enum State {
        DONE,
        OPEN,
        WAITING
    }

    public boolean done() {
        return state == State.DONE;
    }
}
