package be.kompas.registers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.demo.DemoLogins;

/** API requests as a demo user, for the register tests. */
final class RegisterRequests {

    private final DemoLogins logins;

    RegisterRequests(DemoLogins logins) {
        this.logins = logins;
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + logins.byUsername(username).orElseThrow().apiToken());
    }

    MockHttpServletRequestBuilder postJson(String username, String path, String json) {
        return as(username, post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
