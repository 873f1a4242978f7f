package id.kinerja.database;

import id.kinerja.framework.FrameworkValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When a framework file is invalid the server does not start; this prints the loader's problems
 * (file:line:column: place: message) instead of a stack trace.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<FrameworkValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FrameworkValidationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Perbaiki berkas kerangka kinerja di tempat yang disebutkan, lalu mulai ulang "
                        + "(fix the framework file at the places named, then start again).", cause);
    }
}
