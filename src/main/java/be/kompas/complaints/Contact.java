package be.kompas.complaints;

import org.jspecify.annotations.Nullable;

/** How to reach the complainant; every part is optional. */
public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone,
        @Nullable String address) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public Contact {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
        address = blankToNull(address);
    }

    public boolean isEmpty() {
        return name == null && email == null && phone == null && address == null;
    }

    /** Whether a letter or e-mail can reach the complainant. */
    public boolean canBeWritten() {
        return email != null || address != null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
