package be.kompas.lookups.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import be.kompas.identity.CurrentUser;
import be.kompas.lookups.internal.ReviewService;

/** The DPO's oversight of the review process, and the trends that reviewers and the DPO share. */
@Controller
@RequestMapping("/lookups")
class LookupOversightController {

    static final String OVERSIGHT_VIEW = "lookups/oversight";
    static final String TRENDS_VIEW = "lookups/trends";

    private final ReviewService review;

    LookupOversightController(ReviewService review) {
        this.review = review;
    }

    @GetMapping("/oversight")
    @PreAuthorize("hasAuthority('lookups.oversee')")
    String oversight(Model model) {
        model.addAttribute("oversight", review.oversight(CurrentUser.require()));
        return OVERSIGHT_VIEW;
    }

    @GetMapping("/trends")
    @PreAuthorize("hasAnyAuthority('lookups.review', 'lookups.oversee')")
    String trends(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("byReason", TrendChart.of(review.trends(user, false)));
        model.addAttribute("byTeam", TrendChart.of(review.trends(user, true)));
        model.addAttribute("width", TrendChart.WIDTH);
        model.addAttribute("height", TrendChart.HEIGHT);
        return TRENDS_VIEW;
    }
}
