package be.kompas.web;

import java.io.IOException;
import java.sql.SQLException;

import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the database cannot be reached or a disk is full, users get a clear answer instead of a generic failure:
 * {@code 503} (the database is away; try again shortly) or {@code 507} (no room to store what was sent). Either way the
 * transaction was rolled back, so nothing is half-written, and Kompas recovers by itself when the cause goes away (the
 * connection pool reconnects).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableHandling {

    private static final Logger log = LoggerFactory.getLogger(UnavailableHandling.class);

    /** PostgreSQL's SQLSTATE for "disk full". */
    private static final String DISK_FULL = "53100";

    private final JsonMapper json;

    UnavailableHandling(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
    @Nullable
    ModelAndView databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean diskFull = sqlState(ex, DISK_FULL::equals);
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), diskFull ? "database disk full"
                : "database unavailable", ex);
        return answer(diskFull ? HttpStatus.INSUFFICIENT_STORAGE : HttpStatus.SERVICE_UNAVAILABLE, request, response);
    }

    /**
     * The database went away in the middle of a transaction: the query failed and so did the rollback, on a closed
     * connection. PostgreSQL rolls the transaction back by itself when the connection ends, so this is the same
     * answer; any other failure of the transaction machinery stays an error.
     */
    @ExceptionHandler(TransactionSystemException.class)
    @Nullable
    ModelAndView transactionLost(TransactionSystemException ex, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        if (!connectionLost(ex) && !connectionLost(ex.getApplicationException())) {
            throw ex;
        }
        return databaseUnavailable(ex, request, response);
    }

    /** The servlet container could not spool an upload to its temporary directory, most likely a full disk. */
    @ExceptionHandler(MultipartException.class)
    @Nullable
    ModelAndView uploadNotStored(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (ex instanceof MaxUploadSizeExceededException) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, request, response);
        }
        log.warn("{} {}: upload could not be stored", request.getMethod(), request.getRequestURI(), ex);
        return answer(HttpStatus.INSUFFICIENT_STORAGE, request, response);
    }

    /**
     * Renders the answer here rather than through the container's error dispatch, which would need the database (the
     * layout's model) or parse the failed upload again.
     */
    private @Nullable ModelAndView answer(HttpStatus status, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (status != HttpStatus.PAYLOAD_TOO_LARGE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
                case SERVICE_UNAVAILABLE -> "The database cannot be reached; nothing was stored. Try again shortly.";
                case INSUFFICIENT_STORAGE -> "There is no room to store this request; nothing was stored.";
                default -> "The upload is larger than allowed.";
            });
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        // The error page (templates/error.html) explains the status in the user's language.
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    /** SQLSTATE class 08 (connection exception) or 57P (the server shut down or restarts), anywhere in the causes. */
    private static boolean connectionLost(@Nullable Throwable ex) {
        return sqlState(ex, state -> state.startsWith("08") || state.startsWith("57P"));
    }

    private static boolean sqlState(@Nullable Throwable ex, Predicate<String> state) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
