package be.kompas.policy;

import java.util.UUID;

/** A measure that lowers a risk from its gross to its net score. */
public record ControlMeasure(UUID id, String description, String owner) {
}
