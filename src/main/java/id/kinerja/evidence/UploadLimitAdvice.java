package id.kinerja.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * A request over the multipart limits ({@code spring.servlet.multipart.*}) is refused by the server before any
 * controller runs: answer 413 with the same explanation and a way back, instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Pattern UPLOAD = Pattern.compile("/units/([^/]+)/iku/([^/]+)/evidence");

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
        ModelAndView view = new ModelAndView("evidence/rejected");
        view.addObject(
                "error",
                messages.getMessage(
                        "evidence.error.tooLargeRequest",
                        new Object[] {Evidence.size(EvidenceService.MAX_BYTES)},
                        locale));
        Matcher m = UPLOAD.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        view.addObject(
                "back",
                m.matches()
                        ? EvidenceController.back(
                                UriUtils.decode(m.group(1), StandardCharsets.UTF_8),
                                UriUtils.decode(m.group(2), StandardCharsets.UTF_8),
                                null,
                                null,
                                "iku")
                        : "/");
        return view;
    }
}
