package be.kompas.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * Reminds the owners of actions and recommendations of what is due soon or overdue, in their Kompas inbox. An owner
 * is free text on the record; the account that receives its reminders is set here, and without one the holders of
 * {@link PolicyPermissions#MANAGE} (the coordinators) are reminded.
 */
public interface PolicyReminders {

    /** How many days before its due date an open action or recommendation is announced. */
    int DAYS_AHEAD = 7;

    enum Kind {
        ACTION, RECOMMENDATION
    }

    /**
     * Sets or clears the account that receives the reminders of an action or recommendation.
     *
     * @throws be.kompas.core.RecordNotFoundException when the record is not the organisation's
     * @throws be.kompas.core.InvalidInputException naming {@code user} when the account is not one of the organisation
     */
    void assignOwner(OrganisationId organisation, Kind kind, UUID record, @Nullable UUID user);

    Optional<UUID> owner(OrganisationId organisation, Kind kind, UUID record);

    /**
     * Sends, in every organisation, one reminder per open action and recommendation due within {@link #DAYS_AHEAD}
     * days and one when it is overdue; running it again the same day sends nothing new. Returns how many were new.
     */
    int remind(LocalDate today);
}
