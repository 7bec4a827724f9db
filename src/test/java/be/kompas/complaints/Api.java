package be.kompas.complaints;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.demo.DemoLogins;

/** Requests to the complaints API as a demo user, with their personal token. */
record Api(DemoLogins logins) {

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer "
                + logins.byUsername(username).orElseThrow().apiToken());
    }

    MockHttpServletRequestBuilder json(String username, MockHttpServletRequestBuilder request, String body) {
        return as(username, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
