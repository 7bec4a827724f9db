package be.kompas.registers.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.ViolenceReportInput;
import be.kompas.registers.ViolenceType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The short violence form, made to be filled in on a phone. */
class ViolenceForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate occurredOn;
    @NotBlank
    @Size(max = 200)
    private String place = "";
    @NotNull
    private @Nullable ViolenceType violenceType;
    @Size(max = 2000)
    private String injuries = "";
    @NotNull
    @Min(0)
    @Max(3650)
    private @Nullable Integer incapacityDays = 0;
    @NotBlank
    @Size(max = 4000)
    private String circumstances = "";
    private boolean aftercareOffered;
    @NotNull
    private @Nullable LegalFollowUp legalFollowUp = LegalFollowUp.NONE_YET;

    /** Called once validation passed, so the required values are there. */
    ViolenceReportInput input() {
        return new ViolenceReportInput(occurredOn, place.strip(), violenceType, injuries.strip(), incapacityDays,
                circumstances.strip(), aftercareOffered, legalFollowUp);
    }

    public @Nullable LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(@Nullable LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public @Nullable ViolenceType getViolenceType() {
        return violenceType;
    }

    public void setViolenceType(@Nullable ViolenceType violenceType) {
        this.violenceType = violenceType;
    }

    public String getInjuries() {
        return injuries;
    }

    public void setInjuries(String injuries) {
        this.injuries = injuries;
    }

    public @Nullable Integer getIncapacityDays() {
        return incapacityDays;
    }

    public void setIncapacityDays(@Nullable Integer incapacityDays) {
        this.incapacityDays = incapacityDays;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }

    public boolean isAftercareOffered() {
        return aftercareOffered;
    }

    public void setAftercareOffered(boolean aftercareOffered) {
        this.aftercareOffered = aftercareOffered;
    }

    public @Nullable LegalFollowUp getLegalFollowUp() {
        return legalFollowUp;
    }

    public void setLegalFollowUp(@Nullable LegalFollowUp legalFollowUp) {
        this.legalFollowUp = legalFollowUp;
    }
}
