package be.kompas.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A gift, invitation or advantage offered to a staff member, accepted or refused. */
public record GiftInput(GiftKind kind, String description, String giver, String occasion, BigDecimal estimatedValue,
        boolean accepted, LocalDate receivedOn) {
}
