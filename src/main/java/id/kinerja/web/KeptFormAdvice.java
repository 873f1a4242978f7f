package id.kinerja.web;

import id.kinerja.account.ExpiredSessionForms;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the pages (the sign-in page) that a form sent after the session ended is kept ({@link ExpiredSessionForms}). */
@ControllerAdvice
class KeptFormAdvice {

    @ModelAttribute("keptForm")
    boolean keptForm(HttpServletRequest request) {
        return ExpiredSessionForms.holds(request);
    }
}
