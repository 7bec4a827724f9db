package be.kompas.registers.web;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /**
     * Saves a form that passed its own checks: on success the flash message and the record's page; when the facade
     * refuses the input, the form again with the refusals at their fields.
     *
     * @param recordPath the path the record's id is appended to, e.g. {@code /registers/gifts/}
     */
    static String save(Supplier<UUID> save, BindingResult binding, Supplier<String> showForm, String flash,
            String recordPath, RedirectAttributes redirect) {
        try {
            UUID id = save.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:" + recordPath + id;
        }
        catch (InvalidInputException e) {
            reject(e, binding);
            return showForm.get();
        }
    }

    /** Checked after the permission, so that a caller without it learns nothing from the body. */
    static void check(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding.getFieldErrors().stream().collect(Collectors.toMap(
                    FieldError::getField, e -> String.valueOf(e.getDefaultMessage()), (a, b) -> a + "; " + b)));
        }
    }
}
