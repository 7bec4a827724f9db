package be.kompas.policy.web;

import org.jspecify.annotations.Nullable;

import be.kompas.policy.Effect;
import be.kompas.policy.Exposure;
import be.kompas.policy.Probability;
import be.kompas.policy.Scores;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Gross and net scores chosen from the scales. A net score left empty equals the gross one: without control measures
 * nothing lowers the risk.
 */
class ScoresForm {

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable Probability grossProbability;

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable Exposure grossExposure;

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable Effect grossEffect;

    private @Nullable Probability netProbability;

    private @Nullable Exposure netExposure;

    private @Nullable Effect netEffect;

    @Size(max = 2000, message = "{policy.invalid.note}")
    private String note = "";

    Scores gross() {
        return new Scores(grossProbability, grossExposure, grossEffect);
    }

    Scores net() {
        var gross = gross();
        return new Scores(netProbability == null ? gross.probability() : netProbability,
                netExposure == null ? gross.exposure() : netExposure, netEffect == null ? gross.effect() : netEffect);
    }

    void fill(Scores gross, Scores net) {
        grossProbability = gross.probability();
        grossExposure = gross.exposure();
        grossEffect = gross.effect();
        netProbability = net.probability();
        netExposure = net.exposure();
        netEffect = net.effect();
    }

    public @Nullable Probability getGrossProbability() {
        return grossProbability;
    }

    public void setGrossProbability(@Nullable Probability grossProbability) {
        this.grossProbability = grossProbability;
    }

    public @Nullable Exposure getGrossExposure() {
        return grossExposure;
    }

    public void setGrossExposure(@Nullable Exposure grossExposure) {
        this.grossExposure = grossExposure;
    }

    public @Nullable Effect getGrossEffect() {
        return grossEffect;
    }

    public void setGrossEffect(@Nullable Effect grossEffect) {
        this.grossEffect = grossEffect;
    }

    public @Nullable Probability getNetProbability() {
        return netProbability;
    }

    public void setNetProbability(@Nullable Probability netProbability) {
        this.netProbability = netProbability;
    }

    public @Nullable Exposure getNetExposure() {
        return netExposure;
    }

    public void setNetExposure(@Nullable Exposure netExposure) {
        this.netExposure = netExposure;
    }

    public @Nullable Effect getNetEffect() {
        return netEffect;
    }

    public void setNetEffect(@Nullable Effect netEffect) {
        this.netEffect = netEffect;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
