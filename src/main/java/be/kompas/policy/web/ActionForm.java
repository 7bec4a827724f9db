package be.kompas.policy.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.policy.ActionChange;
import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.PlanAction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An action of the plan, new or changed. */
class ActionForm {

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable ActionDomain domain = ActionDomain.POLICY;

    @NotBlank(message = "{policy.invalid.code}")
    private String code = "";

    @NotBlank(message = "{policy.invalid.title}")
    @Size(max = 500, message = "{policy.invalid.title}")
    private String title = "";

    @Size(max = 100, message = "{policy.invalid.objective}")
    private String objective = "";

    @Size(max = 500, message = "{policy.invalid.owner}")
    private String owner = "";

    @Size(max = 500, message = "{policy.invalid.owner}")
    private String partners = "";

    private String plannedQuarter = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable ActionStatus status = ActionStatus.PLANNED;

    @Size(max = 2000, message = "{policy.invalid.note}")
    private String indicator = "";

    @Size(max = 4000, message = "{policy.invalid.note}")
    private String evaluation = "";

    static ActionForm of(PlanAction action) {
        var form = new ActionForm();
        form.domain = action.domain();
        form.code = action.code();
        form.title = action.title();
        form.objective = action.objective();
        form.owner = action.owner();
        form.partners = action.partners();
        form.plannedQuarter = action.plannedQuarter();
        form.dueDate = action.dueDate();
        form.status = action.status();
        form.indicator = action.indicator();
        form.evaluation = action.evaluation();
        return form;
    }

    ActionChange toChange() {
        return new ActionChange(domain, code, title, objective, owner, partners, plannedQuarter, dueDate, status,
                indicator, evaluation);
    }

    public @Nullable ActionDomain getDomain() {
        return domain;
    }

    public void setDomain(@Nullable ActionDomain domain) {
        this.domain = domain;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getPlannedQuarter() {
        return plannedQuarter;
    }

    public void setPlannedQuarter(String plannedQuarter) {
        this.plannedQuarter = plannedQuarter;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public @Nullable ActionStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ActionStatus status) {
        this.status = status;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }
}
