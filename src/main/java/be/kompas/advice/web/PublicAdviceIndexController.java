package be.kompas.advice.web;

import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.Organisations;

/**
 * The way in for a reporter who does not know their organisation's address: the sign-in page links here, and this page
 * lists the organisations whose staff can ask the Advice Point (not the inspectorate, which has no coaches). It reads
 * nothing about the visitor, like the rest of the channel.
 */
@Controller
class PublicAdviceIndexController {

    private final Organisations organisations;

    PublicAdviceIndexController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/public/advice")
    String index(Model model) {
        var open = organisations.findAll().stream().filter(organisation -> !organisation.isInspectorate())
                .sorted(Comparator.comparing(Organisation::name)).toList();
        if (open.size() == 1) {
            return "redirect:/public/advice/" + open.get(0).code();
        }
        model.addAttribute("organisations", open);
        return "advice/public-index";
    }
}
