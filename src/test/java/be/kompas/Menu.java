package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;

import be.kompas.identity.internal.SignedIn;

/** The entries of the side menu that a signed-in user sees, as the paths they link to. */
public final class Menu {

    private static final Pattern SIDEBAR = Pattern.compile("<nav class=\"sidebar\".*?</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

    private Menu() {
    }

    public static List<String> of(MockMvc mvc, String username) throws Exception {
        String page = mvc.perform(get("/").with(SignedIn.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        var sidebar = SIDEBAR.matcher(page);
        var links = new ArrayList<String>();
        if (sidebar.find()) {
            var link = LINK.matcher(sidebar.group());
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    /**
     * Checks, per user, which of {@code pages} their menu offers (exactly those expected), and that each opens for
     * them.
     */
    public static void leadsTo(MockMvc mvc, List<String> pages, Map<String, List<String>> expected)
            throws Exception {
        for (var entry : expected.entrySet()) {
            assertThat(of(mvc, entry.getKey()).stream().filter(pages::contains)).as(entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
            for (String path : entry.getValue()) {
                mvc.perform(get(path).with(SignedIn.as(entry.getKey()))).andExpect(status().isOk());
            }
        }
    }
}
