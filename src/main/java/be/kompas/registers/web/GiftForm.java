package be.kompas.registers.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.registers.GiftInput;
import be.kompas.registers.GiftKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The declaration of a gift, invitation or advantage. */
class GiftForm {

    @NotNull
    private @Nullable GiftKind kind;
    @NotBlank
    @Size(max = 1000)
    private String description = "";
    @NotBlank
    @Size(max = 200)
    private String giver = "";
    @Size(max = 200)
    private String occasion = "";
    @NotNull
    @DecimalMin("0")
    private @Nullable BigDecimal estimatedValue;
    private boolean accepted;
    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate receivedOn;

    GiftInput input() {
        return new GiftInput(kind, description.strip(), giver.strip(), occasion.strip(), estimatedValue, accepted,
                receivedOn);
    }

    public @Nullable GiftKind getKind() {
        return kind;
    }

    public void setKind(@Nullable GiftKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGiver() {
        return giver;
    }

    public void setGiver(String giver) {
        this.giver = giver;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    public @Nullable BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(@Nullable BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public @Nullable LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(@Nullable LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
