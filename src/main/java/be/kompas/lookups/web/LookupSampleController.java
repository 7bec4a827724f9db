package be.kompas.lookups.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.identity.CurrentUser;
import be.kompas.lookups.internal.ReviewService;

/** The line manager's page: explained look-ups of their team, drawn at random, to confirm or question. */
@Controller
@RequestMapping("/lookups/samples")
@PreAuthorize("hasAuthority('lookups.sample.answer')")
class LookupSampleController {

    static final String SAMPLES_VIEW = "lookups/samples";

    private final ReviewService review;

    LookupSampleController(ReviewService review) {
        this.review = review;
    }

    @GetMapping
    String samples(Model model) {
        model.addAttribute("samples", review.samplesSentTo(CurrentUser.require()));
        return SAMPLES_VIEW;
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        review.answerSample(CurrentUser.require(), id, true);
        redirect.addFlashAttribute("flash", "lookups.samples.confirmed");
        return "redirect:/lookups/samples";
    }

    @PostMapping("/{id}/question")
    String question(@PathVariable UUID id, RedirectAttributes redirect) {
        review.answerSample(CurrentUser.require(), id, false);
        redirect.addFlashAttribute("flash", "lookups.samples.questioned");
        return "redirect:/lookups/samples";
    }
}
