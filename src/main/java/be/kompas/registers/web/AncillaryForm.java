package be.kompas.registers.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import be.kompas.registers.AncillaryInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An application for an ancillary activity. */
class AncillaryForm {

    @NotBlank
    @Size(max = 1000)
    private String activity = "";
    @NotBlank
    @Size(max = 200)
    private String employer = "";
    @NotNull
    @Min(1)
    @Max(200)
    private @Nullable Integer hoursPerMonth;
    private boolean paid;
    @Size(max = 2000)
    private String conflicts = "";
    private @Nullable LocalDate startsOn;

    AncillaryInput input() {
        return new AncillaryInput(activity.strip(), employer.strip(), hoursPerMonth, paid, conflicts.strip(),
                startsOn);
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public @Nullable Integer getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(@Nullable Integer hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public String getConflicts() {
        return conflicts;
    }

    public void setConflicts(String conflicts) {
        this.conflicts = conflicts;
    }

    public @Nullable LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(@Nullable LocalDate startsOn) {
        this.startsOn = startsOn;
    }
}
