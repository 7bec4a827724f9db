package be.kompas.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import be.kompas.core.InvalidInputException;
import be.kompas.core.attachments.UncleanableAttachmentException;
import be.kompas.core.RecordNotFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Problem documents (RFC 9457) for the JSON API: bad input names each offending field under {@code errors}, and
 * nothing about the server's internals ever reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

    /** One offending field and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), String.valueOf(e.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof DatabindException databind ? fieldPath(databind) : null;
        var errors = field == null ? List.<FieldProblem>of()
                : List.of(new FieldProblem(field, "has a value of the wrong type or format"));
        var problem = invalid(errors);
        problem.setDetail(field == null ? "The request body is not valid JSON." : "The field '" + field
                + "' has a value of the wrong type or format.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        return ResponseEntity.badRequest().body(invalid(ex.errors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList()));
    }

    /** A file the public channels cannot clean of metadata: named as the {@code files} field. */
    @ExceptionHandler(UncleanableAttachmentException.class)
    ResponseEntity<ProblemDetail> uncleanable(UncleanableAttachmentException ex) {
        String reason = switch (ex.reason()) {
            case TYPE -> "is not a JPEG, PNG, PDF or DOCX file";
            case CORRUPT -> "is damaged or cannot be cleaned of metadata";
            case SIZE -> "is larger than 20 MB";
        };
        return invalidInput(InvalidInputException.of("files", ex.filename() + " " + reason));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record."));
    }

    /** Method security refusals are left to Spring Security, which records them and answers 403. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException ex) {
        throw ex;
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.isEmpty()
                ? "The request is not valid."
                : "Invalid fields: " + String.join(", ", errors.stream().map(FieldProblem::field).toList()) + ".");
        problem.setTitle("Invalid input");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private static @Nullable String fieldPath(DatabindException ex) {
        var path = ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .toList();
        return path.isEmpty() ? null : String.join(".", path).replace(".[", "[");
    }
}
