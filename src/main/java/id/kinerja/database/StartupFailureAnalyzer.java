package id.kinerja.database;

import id.kinerja.framework.FrameworkTexts;
import id.kinerja.framework.FrameworkValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When a framework file is invalid the server does not start; this prints the loader's problems
 * (file:line:column: place: message) instead of a stack trace. Start-up has no user and no request locale: the
 * operator reads the problems and what to do in Indonesian, from the message bundles.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<FrameworkValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FrameworkValidationException cause) {
        return new FailureAnalysis(
                cause.text(FrameworkTexts.INDONESIAN),
                FrameworkTexts.text(FrameworkTexts.INDONESIAN, "framework.problem.fixAndRestart"),
                cause);
    }
}
