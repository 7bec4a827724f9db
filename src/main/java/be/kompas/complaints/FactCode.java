package be.kompas.complaints;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Comité P fact codes (domain.md 4.3): six families and their facts. The code, e.g. {@code 2.5}, is what is
 * stored; labels are in the bundle as {@code complaints.fact.<code>} and {@code complaints.family.<family>}.
 */
public enum FactCode {
    THREATS(1, 1), INSULTS(1, 2), SLANDER(1, 3), DEFAMATION(1, 4), RACISM(1, 5),
    DAMAGE_TO_PROPERTY(2, 1), FUNDAMENTAL_RIGHTS(2, 2), DEPRIVATION_OF_LIBERTY(2, 3), ARBITRARY_ACTS(2, 4),
    VIOLENCE(2, 5), FAILURE_TO_ASSIST(2, 6), TORTURE(2, 7), INHUMAN_TREATMENT(2, 8), DEGRADING_TREATMENT(2, 9),
    VIOLATION_OF_HOME(2, 10),
    EXTORTION(3, 1), THEFT(3, 2), BREACH_OF_TRUST(3, 3), FRAUD(3, 4), FORGERY(3, 5), FALSE_STATEMENT(3, 6),
    FALSEHOODS(3, 7), RECEIVING_STOLEN_GOODS(3, 8), PROFESSIONAL_SECRECY(3, 9), INTERNAL_HACKING(3, 10),
    SLANDEROUS_ACCUSATION(3, 11), INVASION_OF_PRIVACY(3, 12), HARASSMENT(3, 13),
    EMBEZZLEMENT(4, 1), OFFICIAL_EXTORTION(4, 2), BRIBERY(4, 3), ILLEGAL_INTEREST(4, 4),
    WEAPONS(5, 1), SEXUAL_OFFENCES(5, 2), NARCOTICS(5, 3), PRIVATE_MILITIA(5, 4), CRIMINAL_ASSOCIATION(5, 5),
    TRAFFIC_OFFENCES(5, 6),
    TRAFFIC_ACCIDENTS(6, 1), OTHER(6, 2);

    public static final int FAMILIES = 6;

    private final int family;
    private final int number;

    FactCode(int family, int number) {
        this.family = family;
        this.number = number;
    }

    public int family() {
        return family;
    }

    public String code() {
        return family + "." + number;
    }

    public static Optional<FactCode> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
