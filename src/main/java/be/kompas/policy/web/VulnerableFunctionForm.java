package be.kompas.policy.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import be.kompas.policy.VulnerabilityCircumstance;
import be.kompas.policy.VulnerableArea;
import be.kompas.policy.VulnerableFunction;
import be.kompas.policy.VulnerableFunctionChange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A function of the inventory: why it is vulnerable and what follows from it. */
class VulnerableFunctionForm {

    @NotBlank(message = "{policy.invalid.functionName}")
    @Size(max = 200, message = "{policy.invalid.functionName}")
    private String functionName = "";

    private Set<VulnerableArea> areas = EnumSet.noneOf(VulnerableArea.class);

    private Set<VulnerabilityCircumstance> circumstances = EnumSet.noneOf(VulnerabilityCircumstance.class);

    @Min(value = 1, message = "{policy.invalid.screeningMonths}")
    @Max(value = 120, message = "{policy.invalid.screeningMonths}")
    private @Nullable Integer screeningMonths;

    private boolean rotation;

    private boolean fourEyes;

    @Size(max = 4000, message = "{policy.invalid.description}")
    private String notes = "";

    static VulnerableFunctionForm of(VulnerableFunction function) {
        var form = new VulnerableFunctionForm();
        form.functionName = function.functionName();
        form.areas = EnumSet.noneOf(VulnerableArea.class);
        form.areas.addAll(function.areas());
        form.circumstances = EnumSet.noneOf(VulnerabilityCircumstance.class);
        form.circumstances.addAll(function.circumstances());
        form.screeningMonths = function.screeningMonths();
        form.rotation = function.rotation();
        form.fourEyes = function.fourEyes();
        form.notes = function.notes();
        return form;
    }

    VulnerableFunctionChange toChange() {
        return new VulnerableFunctionChange(functionName, areas, circumstances, screeningMonths, rotation, fourEyes,
                notes);
    }

    public String getFunctionName() {
        return functionName;
    }

    public void setFunctionName(String functionName) {
        this.functionName = functionName;
    }

    public Set<VulnerableArea> getAreas() {
        return areas;
    }

    public void setAreas(Set<VulnerableArea> areas) {
        this.areas = areas;
    }

    public Set<VulnerabilityCircumstance> getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(Set<VulnerabilityCircumstance> circumstances) {
        this.circumstances = circumstances;
    }

    public @Nullable Integer getScreeningMonths() {
        return screeningMonths;
    }

    public void setScreeningMonths(@Nullable Integer screeningMonths) {
        this.screeningMonths = screeningMonths;
    }

    public boolean isRotation() {
        return rotation;
    }

    public void setRotation(boolean rotation) {
        this.rotation = rotation;
    }

    public boolean isFourEyes() {
        return fourEyes;
    }

    public void setFourEyes(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
