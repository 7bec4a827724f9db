package be.kompas.investigations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import be.kompas.core.PageRequest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisations;

/** Cases driven through the pages as demo users, for the investigation tests. */
record Cases(MockMvc mvc, StaffDirectory staff, Organisations organisations) {

    StaffMemberSummary person(String org, String name) {
        return staff.search(organisations.findByCode(org).orElseThrow().id(), StaffQuery.text(name),
                PageRequest.of(0, 2)).content().get(0);
    }

    /** Opens a case as the head of oversight; returns its id. */
    UUID open(String bureau, String summary, String... personnelNumbers) throws Exception {
        MvcResult result = mvc.perform(post("/investigations/new").param("origin", "OWN_INITIATIVE")
                .param("bureau", bureau).param("summary", summary)
                .param("personnelNumbers", String.join(",", personnelNumbers)).with(SignedIn.as("demo.ditlead"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A form post on a case as a user; returns the rejected message keys, or null when it went through. */
    @Nullable List<String> act(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.with(SignedIn.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var rejected = (Collection<?>) result.getFlashMap().get("rejected");
        return rejected == null ? null : rejected.stream().map(String::valueOf).toList();
    }

    void ok(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        mvc.perform(request.with(SignedIn.as(user)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1)).andExpect(flash().attributeExists("flash"));
    }

    /** Triage as the head of oversight, then the chief's track decision. */
    void triageAndTrack(UUID id, String track, String... criteria) throws Exception {
        var triage = post("/investigations/" + id + "/triage").param("facts", "Facts of the case " + id)
                .param("factCodes", "1.2").param("families", "WORKPLACE_CONDUCT").param("advice", "Investigate");
        for (String criterion : criteria) {
            triage.param(criterion, "true");
        }
        ok("demo.ditlead", triage);
        ok("demo.chief", post("/investigations/" + id + "/track").param("track", track));
    }
}
