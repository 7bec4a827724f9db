package be.kompas.complaints;

/**
 * Who takes a complaint on (domain.md 4.1): under circular CP3 the head of the service concerned investigates first
 * and the customer coordinator handles the case; serious or integrity cases go to internal oversight (DIT).
 */
public enum Route {
    HEAD_OF_SERVICE, OVERSIGHT;
}
