package id.kinerja.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page of every user: "Tugas saya" ({@code /tasks}), what awaits them; the dashboard (an office's) or the
 * comparison of the offices (a Kanwil's, headquarters') is one click away in the menu.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }
}
