/**
 * The in-app inbox: reminders and notices that modules address to a user, to the holders of a permission or of a
 * role in an organisation (for example a deadline that is due, or an information duty towards the AIG). Notices
 * carry a message key and references only, never case content, and are shown in the reader's language.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity" })
package be.kompas.notifications;

import org.jspecify.annotations.NullMarked;
