package be.kompas.policy.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.policy.RiskSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A yearly risk-analysis session. */
class SessionForm {

    @NotNull(message = "{policy.invalid.heldOn}")
    @PastOrPresent(message = "{policy.invalid.heldOn}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heldOn;

    @NotBlank(message = "{policy.invalid.participants}")
    @Size(max = 2000, message = "{policy.invalid.participants}")
    private String participants = "";

    private Set<RiskSource> sources = EnumSet.noneOf(RiskSource.class);

    @Size(max = 4000, message = "{policy.invalid.note}")
    private String notes = "";

    public @Nullable LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(@Nullable LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public Set<RiskSource> getSources() {
        return sources;
    }

    public void setSources(Set<RiskSource> sources) {
        this.sources = sources;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
