package be.kompas.registers.web;

import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import be.kompas.core.InvalidInputException;

/** Carries input problems between the facade's exception and Spring's binding result. */
final class FormErrors {

    private FormErrors() {
    }

    /** The facade's findings, shown at their fields in the user's language where a key exists. */
    static void reject(InvalidInputException e, BindingResult binding) {
        e.errors().forEach((field, message) -> {
            if (binding.getTarget() != null && org.springframework.beans.BeanUtils
                    .getPropertyDescriptor(binding.getTarget().getClass(), field) != null) {
                binding.rejectValue(field, "registers.invalid." + field, message);
            }
            else {
                binding.reject("registers.invalid." + field, message);
            }
        });
    }

    /** Checked after the permission, so that a caller without it learns nothing from the body. */
    static void check(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding.getFieldErrors().stream().collect(Collectors.toMap(
                    FieldError::getField, e -> String.valueOf(e.getDefaultMessage()), (a, b) -> a + "; " + b)));
        }
    }
}
