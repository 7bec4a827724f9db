package be.kompas.registers;

/** The kind of aggression against staff. */
public enum ViolenceType {
    VERBAL_ABUSE, THREAT, SPITTING, PHYSICAL, WITH_WEAPON, WITH_VEHICLE, SEXUAL, OTHER
}
