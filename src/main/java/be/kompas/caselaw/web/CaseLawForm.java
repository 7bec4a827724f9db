package be.kompas.caselaw.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.caselaw.CaseLawEntry;
import be.kompas.caselaw.CaseLawInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head of internal oversight's entry form; circumstances one per line. */
class CaseLawForm {

    @NotBlank
    @Size(max = 8000)
    private String facts = "";
    private List<String> factCodes = new ArrayList<>();
    private List<String> riskFamilies = new ArrayList<>();
    @Size(max = 4000)
    private String aggravating = "";
    @Size(max = 4000)
    private String mitigating = "";
    @NotBlank
    private String track = "";
    @NotBlank
    private String outcome = "";
    private String sanction = "";
    @NotNull
    private @Nullable Integer year;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate decidedOn;

    static CaseLawForm of(CaseLawEntry entry) {
        var form = new CaseLawForm();
        form.facts = entry.facts();
        form.factCodes = new ArrayList<>(entry.factCodes());
        form.riskFamilies = new ArrayList<>(entry.riskFamilies());
        form.aggravating = String.join("\n", entry.aggravating());
        form.mitigating = String.join("\n", entry.mitigating());
        form.track = entry.track();
        form.outcome = entry.outcome();
        form.sanction = entry.sanction() == null ? "" : entry.sanction();
        form.year = entry.year();
        form.decidedOn = entry.decidedOn();
        return form;
    }

    CaseLawInput input() {
        return new CaseLawInput(facts.strip(), List.copyOf(factCodes), List.copyOf(riskFamilies), lines(aggravating),
                lines(mitigating), track, outcome, sanction.isBlank() ? null : sanction,
                year == null ? 0 : year, decidedOn);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public List<String> getFactCodes() {
        return factCodes;
    }

    public void setFactCodes(List<String> factCodes) {
        this.factCodes = factCodes;
    }

    public List<String> getRiskFamilies() {
        return riskFamilies;
    }

    public void setRiskFamilies(List<String> riskFamilies) {
        this.riskFamilies = riskFamilies;
    }

    public String getAggravating() {
        return aggravating;
    }

    public void setAggravating(String aggravating) {
        this.aggravating = aggravating;
    }

    public String getMitigating() {
        return mitigating;
    }

    public void setMitigating(String mitigating) {
        this.mitigating = mitigating;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSanction() {
        return sanction;
    }

    public void setSanction(String sanction) {
        this.sanction = sanction;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public void setYear(@Nullable Integer year) {
        this.year = year;
    }

    public @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(@Nullable LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
