package be.kompas.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the caller may not know exists: both answer the same 404, so that another
 * organisation's or another team's records do not leak by their identifiers.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found");
    }
}
