package be.kompas.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import be.kompas.core.NavigationItem;

/** The start page: what the user's roles let them reach, as tiles. */
@Controller
class HomeController {

    static final String VIEW = "home";

    @GetMapping("/")
    String home() {
        return VIEW;
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/", null, 0);
    }
}
