package be.kompas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A request in flight when the database goes away fails on its query and then on the rollback; the user must get the
 * same {@code 503} as a request that found no connection (the outage test only meets this case by chance).
 */
class UnavailableHandlingTests {

    private final UnavailableHandling handling = new UnavailableHandling(JsonMapper.builder().build());

    @Test
    void aRollbackOnALostConnectionIsAnUnavailableDatabase() throws Exception {
        var lost = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed", "08003"));
        lost.initApplicationException(new SQLException("terminating connection due to administrator command", "57P01"));
        var response = new MockHttpServletResponse();

        handling.transactionLost(lost, new MockHttpServletRequest("GET", "/api/v1/staff"), response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void anyOtherTransactionFailureStaysAnError() {
        var other = new TransactionSystemException("Could not commit", new SQLException("serialization", "40001"));

        assertThatThrownBy(() -> handling.transactionLost(other, new MockHttpServletRequest("GET", "/api/v1/staff"),
                new MockHttpServletResponse())).isSameAs(other);
    }
}
