package be.kompas.policy.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.policy.NewRisk;
import be.kompas.policy.RiskFamily;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new risk: what it is, who is exposed, and its gross and net scores on the Fine &amp; Kinney scales. */
class RiskForm extends ScoresForm {

    @NotBlank(message = "{policy.invalid.title}")
    @Size(max = 300, message = "{policy.invalid.title}")
    private String title = "";

    @Size(max = 4000, message = "{policy.invalid.description}")
    private String description = "";

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable RiskFamily family;

    /** One name per line or separated by commas. */
    private String functions = "";

    private String units = "";

    NewRisk toNewRisk() {
        return new NewRisk(title, description, family, names(functions), names(units), gross(), net());
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[\n,;]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable RiskFamily getFamily() {
        return family;
    }

    public void setFamily(@Nullable RiskFamily family) {
        this.family = family;
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }
}
