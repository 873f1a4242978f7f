package id.kinerja.search;

import id.kinerja.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /search?q=}: units, IKU and narratives by name ({@link Search}). */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", search.find(me, query));
        return "search/results";
    }
}
