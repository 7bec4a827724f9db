package be.kompas.registers.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.identity.CurrentUser;
import be.kompas.registers.CareTasks;

/** Personnel care's open debriefings and aftercare. */
@Controller
class TaskController {

    static final String VIEW = "registers/tasks";

    private final CareTasks tasks;

    TaskController(CareTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/registers/tasks")
    @PreAuthorize("hasAuthority('registers.tasks')")
    String list(Model model) {
        model.addAttribute("tasks", tasks.open(CurrentUser.require()));
        return VIEW;
    }

    @PostMapping("/registers/tasks/{id}/done")
    @PreAuthorize("hasAuthority('registers.tasks')")
    String done(@PathVariable UUID id, RedirectAttributes redirect) {
        tasks.done(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "registers.tasks.closed");
        return "redirect:/registers/tasks";
    }
}
