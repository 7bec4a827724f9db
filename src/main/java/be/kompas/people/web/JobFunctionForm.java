package be.kompas.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class JobFunctionForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";
    private boolean vulnerable;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isVulnerable() {
        return vulnerable;
    }

    public void setVulnerable(boolean vulnerable) {
        this.vulnerable = vulnerable;
    }
}
