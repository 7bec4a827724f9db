package be.kompas.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.Map;

/**
 * Input that breaks a rule the facade checks (not just a field's format): answered with 400 naming each field.
 *
 * @param errors field name to a short explanation
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
