package be.kompas.policy.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.policy.ActionStatus;
import be.kompas.policy.AnnualPlanItem;
import be.kompas.policy.HouseElement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An activity of the annual plan with its project card. */
class AnnualPlanForm {

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable HouseElement element = HouseElement.ETHICAL_CLIMATE;

    @NotBlank(message = "{policy.invalid.activity}")
    @Size(max = 500, message = "{policy.invalid.activity}")
    private String activity = "";

    @Size(max = 20, message = "{policy.invalid.timing}")
    private String timing = "";

    @NotNull(message = "{policy.invalid.required}")
    private @Nullable ActionStatus status = ActionStatus.PLANNED;

    @Size(max = 4000, message = "{policy.invalid.description}")
    private String how = "";

    @Size(max = 1000, message = "{policy.invalid.description}")
    private String needWho = "";

    @Size(max = 1000, message = "{policy.invalid.description}")
    private String needWhat = "";

    AnnualPlanItem toItem(int year) {
        return new AnnualPlanItem(new UUID(0, 0), year, element, activity, timing, status, how, needWho, needWhat);
    }

    public @Nullable HouseElement getElement() {
        return element;
    }

    public void setElement(@Nullable HouseElement element) {
        this.element = element;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getTiming() {
        return timing;
    }

    public void setTiming(String timing) {
        this.timing = timing;
    }

    public @Nullable ActionStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ActionStatus status) {
        this.status = status;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getNeedWho() {
        return needWho;
    }

    public void setNeedWho(String needWho) {
        this.needWho = needWho;
    }

    public String getNeedWhat() {
        return needWhat;
    }

    public void setNeedWhat(String needWhat) {
        this.needWhat = needWhat;
    }
}
