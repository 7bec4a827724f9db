package be.kompas.aftercare;

import java.util.UUID;

/** A user a task can be given to. */
public record Owner(UUID id, String displayName) {
}
