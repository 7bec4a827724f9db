package be.kompas.core;

/**
 * An entry of the main navigation. Modules declare their entries as beans; the shell shows those whose permission the
 * user holds.
 *
 * @param labelKey message key of the label
 * @param path where the entry leads
 * @param permission the permission needed to see it, or {@code null} for every signed-in user
 * @param order position in the menu, lowest first
 */
public record NavigationItem(String labelKey, String path, @org.jspecify.annotations.Nullable String permission,
        int order) {
}
