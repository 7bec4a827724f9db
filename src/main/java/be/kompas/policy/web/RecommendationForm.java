package be.kompas.policy.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.policy.Recommendation;
import be.kompas.policy.RecommendationChange;
import be.kompas.policy.RecommendationSource;
import be.kompas.policy.RecommendationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A recommendation of a control body and its follow-up. */
class RecommendationForm {

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable RecommendationSource source;

    @Size(max = 300, message = "{policy.invalid.owner}")
    private String reference = "";

    @NotNull(message = "{policy.invalid.issuedOn}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate issuedOn;

    @NotBlank(message = "{policy.invalid.text}")
    @Size(max = 4000, message = "{policy.invalid.description}")
    private String text = "";

    @Size(max = 4000, message = "{policy.invalid.description}")
    private String measures = "";

    @Size(max = 500, message = "{policy.invalid.owner}")
    private String owner = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable RecommendationStatus status = RecommendationStatus.OPEN;

    @Size(max = 4000, message = "{policy.invalid.description}")
    private String evidence = "";

    static RecommendationForm of(Recommendation recommendation) {
        var form = new RecommendationForm();
        form.source = recommendation.source();
        form.reference = recommendation.reference();
        form.issuedOn = recommendation.issuedOn();
        form.text = recommendation.text();
        form.measures = recommendation.measures();
        form.owner = recommendation.owner();
        form.dueDate = recommendation.dueDate();
        form.status = recommendation.status();
        form.evidence = recommendation.evidence();
        return form;
    }

    RecommendationChange toChange() {
        return new RecommendationChange(source, reference, issuedOn, text, measures, owner, dueDate, status, evidence);
    }

    public @Nullable RecommendationSource getSource() {
        return source;
    }

    public void setSource(@Nullable RecommendationSource source) {
        this.source = source;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public @Nullable LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(@Nullable LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public @Nullable RecommendationStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable RecommendationStatus status) {
        this.status = status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
